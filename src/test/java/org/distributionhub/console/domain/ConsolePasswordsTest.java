package org.distributionhub.console.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ConsolePasswordsTest {

	@Test
	void eachWeakPasswordIsRefusedSayingWhatIsWrong() {
		refused("short-pass", "at least 12 characters");
		refused("é".repeat(37), "at most 72 bytes");
		refused("Warehouse.Clerk", "warehouse.clerk", "must not be the username");
		refused("aaaaaaaaaaaa", "must not repeat one character or group");
		refused("abcabcabcabc", "must not repeat one character or group");
		refused("abcdefghijkl", "must not be a run of characters");
		refused("123456789012", "must not be a run of characters");
		refused("LKJIHGFEDCBA", "must not be a run of characters");
		refused("aaaabbbbcccd", "at least 5 different characters");
	}

	@Test
	void aPassphraseAndAGeneratedPasswordPass() {
		assertThatCode(() -> ConsolePasswords.checkStrength("correct horse battery", "clerk")).doesNotThrowAnyException();
		var random = new Random(7);
		for (int i = 0; i < 1_000; i++) {
			String generated = ConsolePasswords.generate(random);
			assertThatCode(() -> ConsolePasswords.checkStrength(generated, "admin")).doesNotThrowAnyException();
		}
	}

	private static void refused(String password, String message) {
		refused(password, "someone", message);
	}

	private static void refused(String password, String username, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> ConsolePasswords.checkStrength(password, username))
			.withMessageContaining(message);
	}
}

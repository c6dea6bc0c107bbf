package org.distributionhub.console.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Security's check for compromised passwords, against the list of common passwords bundled with the hub
 * (console/common-passwords.txt, from zxcvbn-ts, MIT): read once, at the first password it checks (not at start), never over the network. Case is ignored.
 */
@Component
class CommonPasswords implements CompromisedPasswordChecker {

	static final String LIST = "console/common-passwords.txt";

	private final SingletonSupplier<Set<String>> passwords = SingletonSupplier.of(CommonPasswords::read);

	@Override
	public CompromisedPasswordDecision check(@Nullable String password) {
		return new CompromisedPasswordDecision(password != null && passwords.obtain().contains(password.toLowerCase(Locale.ROOT)));
	}

	int size() {
		return passwords.obtain().size();
	}

	private static Set<String> read() {
		var passwords = new HashSet<String>(64_000);
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
				.forEach(passwords::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the common passwords list " + LIST, e);
		}
		return Set.copyOf(passwords);
	}
}

package org.distributionhub.console.domain;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** What a console password must be, and how a strong one is made when nobody configured one. */
public final class ConsolePasswords {

	public static final int MIN_LENGTH = 12;

	/** bcrypt only looks at the first 72 bytes; a longer password would only seem stronger. */
	public static final int MAX_BYTES = 72;

	static final int GENERATED_LENGTH = 24;

	// No 0/O, 1/l/I: the generated password is read off a log line and typed in.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final Pattern ENCODED = Pattern.compile("\\{[A-Za-z0-9_-]+}\\S+");

	private ConsolePasswords() {
	}

	public static void checkStrength(String password) {
		if (password.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("A console password has at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("A console password has at most " + MAX_BYTES + " bytes");
		}
	}

	/** 24 characters from a 57-letter alphabet: about 140 bits when the generator is a SecureRandom. */
	public static String generate(RandomGenerator random) {
		var password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** A configured value like "{bcrypt}$2a$10$..." is already a hash and is stored as it is. */
	public static boolean isEncoded(String value) {
		return ENCODED.matcher(value).matches();
	}
}

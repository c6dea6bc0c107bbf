package org.distributionhub.console.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** What a console password must be, and how a strong one is made when nobody configured one. */
public final class ConsolePasswords {

	public static final int MIN_LENGTH = 12;

	/** bcrypt only looks at the first 72 bytes; a longer password would only seem stronger. */
	public static final int MAX_BYTES = 72;

	public static final int MIN_DISTINCT = 5;

	static final int GENERATED_LENGTH = 24;

	// No 0/O, 1/l/I: the generated password is read off a log line and typed in.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final Pattern ENCODED = Pattern.compile("\\{[A-Za-z0-9_-]+}\\S+");

	private ConsolePasswords() {
	}

	/**
	 * Checks what a password is on its own: long enough, not too long for bcrypt, not the username, not one
	 * character or group repeated ("aaaaaaaaaaaa", "abcabcabcabc"), not a run ("abcdefghijkl", "987654321098"), and
	 * of at least {@value #MIN_DISTINCT} different characters. The message says what is wrong.
	 */
	public static void checkStrength(String password, String username) {
		if (password.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("A console password has at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("A console password has at most " + MAX_BYTES + " bytes");
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (lower.equals(ConsoleUser.normalizeUsername(username))) {
			throw new IllegalArgumentException("A console password must not be the username");
		}
		if (isRepetition(lower)) {
			throw new IllegalArgumentException(
					"A console password must not repeat one character or group (like aaaaaaaaaaaa or abcabcabcabc)");
		}
		if (isRun(lower)) {
			throw new IllegalArgumentException(
					"A console password must not be a run of characters (like abcdefghijkl or 123456789012)");
		}
		if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
			throw new IllegalArgumentException(
					"A console password has at least " + MIN_DISTINCT + " different characters");
		}
	}

	/** True when the text is some shorter group written again and again. */
	static boolean isRepetition(String text) {
		return (text + text).indexOf(text, 1) < text.length();
	}

	/** True when every character is the one before it plus one, or every one minus one (9 then 0 counts too). */
	static boolean isRun(String text) {
		int step = 0;
		for (int i = 1; i < text.length(); i++) {
			int difference = step(text.charAt(i - 1), text.charAt(i));
			if (Math.abs(difference) != 1 || (step != 0 && difference != step)) {
				return false;
			}
			step = difference;
		}
		return true;
	}

	private static int step(char from, char to) {
		if (from == '9' && to == '0') {
			return 1;
		}
		if (from == '0' && to == '9') {
			return -1;
		}
		return to - from;
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

package org.distributionhub.console.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.StaffRole;

/** Someone who may sign in to the console, with the hash of their password and their one role. */
public record ConsoleUser(String username, String passwordHash, StaffRole role, Instant createdAt,
		String createdBy) {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

	public ConsoleUser {
		if (!isValidUsername(username)) {
			throw new IllegalArgumentException(
					"A username has 1 to 100 lower-case letters, digits, '.', '_', '@' or '-' and starts with a letter or digit");
		}
		if (passwordHash.isBlank()) {
			throw new IllegalArgumentException("A console user needs a password hash");
		}
	}

	/** Usernames compare without case and surrounding blanks: " Admin" and "admin" are the same user. */
	public static String normalizeUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isValidUsername(String username) {
		return USERNAME.matcher(username).matches();
	}
}

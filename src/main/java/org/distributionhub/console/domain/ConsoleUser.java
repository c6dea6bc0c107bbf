package org.distributionhub.console.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Someone who may sign in to the console, with the hash of their password and their one role. A disabled user may
 * not sign in; a user whose password was generated or reset by an admin must change it before doing anything else.
 */
public record ConsoleUser(String username, String passwordHash, StaffRole role, Instant createdAt,
		String createdBy, boolean enabled, boolean mustChangePassword, @Nullable Instant passwordChangedAt) {

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

	/** An enabled user whose password needs no change. */
	public ConsoleUser(String username, String passwordHash, StaffRole role, Instant createdAt, String createdBy) {
		this(username, passwordHash, role, createdAt, createdBy, true, false, null);
	}

	/** The user with a new password hash; {@code mustChange} when someone else chose or generated it. */
	public ConsoleUser withPassword(String hash, boolean mustChange, Instant at) {
		return new ConsoleUser(username, hash, role, createdAt, createdBy, enabled, mustChange, at);
	}

	public ConsoleUser withRole(StaffRole newRole) {
		return new ConsoleUser(username, passwordHash, newRole, createdAt, createdBy, enabled, mustChangePassword,
				passwordChangedAt);
	}

	public ConsoleUser withEnabled(boolean newEnabled) {
		return new ConsoleUser(username, passwordHash, role, createdAt, createdBy, newEnabled, mustChangePassword,
				passwordChangedAt);
	}

	/** An enabled ADMIN: the console keeps at least one. */
	public boolean isActiveAdmin() {
		return enabled && role == StaffRole.ADMIN;
	}

	/** Usernames compare without case and surrounding blanks: " Admin" and "admin" are the same user. */
	public static String normalizeUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isValidUsername(String username) {
		return USERNAME.matcher(username).matches();
	}
}

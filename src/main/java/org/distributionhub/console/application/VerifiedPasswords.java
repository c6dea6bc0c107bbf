package org.distributionhub.console.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Remembers, for a few minutes and only in memory, that a password was checked against a user's stored hash, so a
 * system calling the staff API with HTTP basic on every request (the OMS, the WMS) costs one slow hash check per
 * few minutes instead of one per request. What is kept is a salted SHA-256 of the password with a secret drawn at
 * start; an entry counts only while the user's stored hash is the one it was checked against, so a changed
 * password or a removed user takes effect at once.
 */
@Component
class VerifiedPasswords {

	static final Duration KEEP_FOR = Duration.ofMinutes(5);
	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final byte[] secret = new byte[32];
	private final Clock clock;

	VerifiedPasswords(Clock clock) {
		this.clock = clock;
		new SecureRandom().nextBytes(secret);
	}

	boolean isVerified(String username, String password, String storedHash) {
		Entry entry = entries.get(username);
		return entry != null && entry.storedHash().equals(storedHash) && clock.instant().isBefore(entry.until())
				&& MessageDigest.isEqual(entry.digest(), digest(password));
	}

	void remember(String username, String password, String storedHash) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(username, new Entry(digest(password), storedHash, clock.instant().plus(KEEP_FOR)));
	}

	void forget(String username) {
		entries.remove(username);
	}

	private byte[] digest(String password) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(secret);
			return sha.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}

	private record Entry(byte[] digest, String storedHash, Instant until) {
	}
}

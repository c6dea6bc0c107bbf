package org.distributionhub.supplier.partners.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * One of a supplier's API keys. Only the SHA-256 hash of its secret is kept (the secret is 256 random bits, so a
 * plain hash is as safe as a slow one and keeps verification cheap); a supplier rotates by issuing a new key and
 * revoking the old one once it has switched. A revoked key never works again, nor does one past its expiry.
 */
@AggregateRoot
public record ApiKey(@Identity String keyId, String supplierId, String secretHash, String label, Instant createdAt,
		String createdBy, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt) {

	/** What a key is at a moment: in use, past its expiry or revoked (revocation wins). */
	public enum Status {
		ACTIVE, EXPIRED, REVOKED
	}

	public ApiKey {
		if (!secretHash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("An API key's secret hash is 64 hex digits (SHA-256)");
		}
		label = label.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw new IllegalArgumentException("An API key's label is 1 to 100 characters");
		}
	}

	/** A new key for a supplier, with the token to hand over once: it is the only place the secret ever appears. */
	public static Issued issue(String supplierId, String label, String actor, Instant now, SecureRandom random) {
		return issue(supplierId, label, actor, now, null, random);
	}

	/** A new key that stops working at {@code expiresAt} (never when null), which must lie ahead. */
	public static Issued issue(String supplierId, String label, String actor, Instant now, @Nullable Instant expiresAt,
			SecureRandom random) {
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new IllegalArgumentException("A new key's expiry must lie in the future");
		}
		var token = ApiKeyToken.generate(random);
		return new Issued(
				new ApiKey(token.keyId(), supplierId, hash(token.secret()), label, now, actor, null, null, expiresAt),
				token);
	}

	/** Whether a presented token is this key and the key still works. */
	public boolean accepts(ApiKeyToken token) {
		return isActive() && matches(token);
	}

	/** Whether a presented token carries this key's id and secret, revoked or not; compares in constant time. */
	public boolean matches(ApiKeyToken token) {
		return keyId.equals(token.keyId()) && MessageDigest.isEqual(
				hash(token.secret()).getBytes(StandardCharsets.US_ASCII), secretHash.getBytes(StandardCharsets.US_ASCII));
	}

	/** Not revoked; it may still be past its expiry (see {@link #status(Instant)}). */
	public boolean isActive() {
		return revokedAt == null;
	}

	public Status status(Instant now) {
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
	}

	/** This key revoked at the given time; revoking a revoked key keeps its first revocation time. */
	public ApiKey revoke(Instant at) {
		return revokedAt != null ? this
				: new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, at, lastUsedAt, expiresAt);
	}

	/** This key expiring at the given time; a key revoked or expired already stays as it is. */
	public ApiKey expire(Instant at) {
		return status(at) != Status.ACTIVE ? this
				: new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, revokedAt, lastUsedAt, at);
	}

	public ApiKey usedAt(Instant at) {
		return new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, revokedAt, at, expiresAt);
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** A key just issued and its token, which holds the secret. */
	public record Issued(ApiKey key, ApiKeyToken token) {
	}
}

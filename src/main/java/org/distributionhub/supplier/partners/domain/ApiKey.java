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
 * revoking the old one once it has switched. A revoked key never works again.
 */
@AggregateRoot
public record ApiKey(@Identity String keyId, String supplierId, String secretHash, String label, Instant createdAt,
		String createdBy, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

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
		var token = ApiKeyToken.generate(random);
		return new Issued(new ApiKey(token.keyId(), supplierId, hash(token.secret()), label, now, actor, null, null),
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

	public boolean isActive() {
		return revokedAt == null;
	}

	/** This key revoked at the given time; revoking a revoked key keeps its first revocation time. */
	public ApiKey revoke(Instant at) {
		return revokedAt != null ? this
				: new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, at, lastUsedAt);
	}

	public ApiKey usedAt(Instant at) {
		return new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, revokedAt, at);
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

package org.distributionhub.supplier.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an ADMIN may do to a supplier's API keys from the console, written to the admin audit trail. Refusals (an
 * unknown supplier or key, a bad label, an expiry in the past) are IllegalArgumentExceptions whose message the
 * console shows.
 */
public interface SupplierKeyCommands {

	/** A new key expiring as the supplier's key lifetime says: its whole value is in the answer, shown only once. */
	default IssuedKey issue(String supplierId, String label, String actor) {
		return issue(supplierId, label, null, actor);
	}

	/** A new key expiring at {@code expiresAt}, or as the supplier's key lifetime says when that is null. */
	IssuedKey issue(String supplierId, String label, @Nullable Instant expiresAt, String actor);

	void revoke(String supplierId, String keyId, String actor);

	/** Makes the key expire now: calls with it fail from then on, and it shows as expired. */
	void expire(String supplierId, String keyId, String actor);

	record IssuedKey(String keyId, String apiKey, @Nullable Instant expiresAt) {

		public IssuedKey(String keyId, String apiKey) {
			this(keyId, apiKey, null);
		}
	}
}

package org.distributionhub.supplier.partners.ports.in;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Issues, lists, expires and revokes suppliers' API keys; a supplier rotates by issuing a new key and revoking the
 * old one once it has switched. A key gets the expiry asked for, else the one its supplier's key lifetime gives.
 * Issuing, expiring and revoking are written to the admin audit trail.
 */
public interface ManageApiKeys {

	/** A new key; the answer holds the whole key, the only time it is ever shown. */
	IssuedApiKey issue(IssueApiKeyCommand command);

	/** Revokes a key of the supplier; revoking a revoked key changes nothing. */
	ApiKeyView revoke(RevokeApiKeyCommand command);

	/** Makes a key of the supplier expire now; a key expired or revoked already stays as it is. */
	ApiKeyView expire(ExpireApiKeyCommand command);

	/** The supplier's keys, newest first; {@link SupplierNotFound} for an unknown supplier. */
	List<ApiKeyView> list(String supplierId);

	/** {@code expiresAt} null: the supplier's key lifetime from now, or never when its policy sets none. */
	record IssueApiKeyCommand(String supplierId, String label, @Nullable Instant expiresAt, String actor) {

		public IssueApiKeyCommand(String supplierId, String label, String actor) {
			this(supplierId, label, null, actor);
		}
	}

	record RevokeApiKeyCommand(String supplierId, String keyId, String actor) {
	}

	record ExpireApiKeyCommand(String supplierId, String keyId, String actor) {
	}

	/** {@code apiKey} is the key to hand to the supplier: the hub keeps only its hash. */
	record IssuedApiKey(String keyId, String supplierId, String label, Instant createdAt, @Nullable Instant expiresAt,
			String apiKey) {
	}
}

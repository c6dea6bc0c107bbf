package org.distributionhub.supplier.partners.ports.in;

import java.time.Instant;
import java.util.List;

/**
 * Issues, lists and revokes suppliers' API keys; a supplier rotates by issuing a new key and revoking the old one
 * once it has switched. Issuing and revoking are written to the admin audit trail.
 */
public interface ManageApiKeys {

	/** A new key; the answer holds the whole key, the only time it is ever shown. */
	IssuedApiKey issue(IssueApiKeyCommand command);

	/** Revokes a key of the supplier; revoking a revoked key changes nothing. */
	ApiKeyView revoke(RevokeApiKeyCommand command);

	/** The supplier's keys, newest first; {@link SupplierNotFound} for an unknown supplier. */
	List<ApiKeyView> list(String supplierId);

	record IssueApiKeyCommand(String supplierId, String label, String actor) {
	}

	record RevokeApiKeyCommand(String supplierId, String keyId, String actor) {
	}

	/** {@code apiKey} is the key to hand to the supplier: the hub keeps only its hash. */
	record IssuedApiKey(String keyId, String supplierId, String label, Instant createdAt, String apiKey) {
	}
}

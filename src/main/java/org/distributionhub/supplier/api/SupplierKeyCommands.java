package org.distributionhub.supplier.api;

/**
 * What an ADMIN may do to a supplier's API keys from the console, written to the admin audit trail. Refusals (an
 * unknown supplier or key, a bad label) are IllegalArgumentExceptions whose message the console shows.
 */
public interface SupplierKeyCommands {

	/** A new key: its whole value is in the answer, the only time it is ever shown. */
	IssuedKey issue(String supplierId, String label, String actor);

	void revoke(String supplierId, String keyId, String actor);

	record IssuedKey(String keyId, String apiKey) {
	}
}

package org.distributionhub.supplier.partners.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.partners.domain.ApiKey;

/** The suppliers' API keys (hashes only); looking a key up by its id is on the path of every partner call. */
public interface ApiKeys {

	void add(ApiKey key);

	Optional<ApiKey> find(String keyId);

	/** A supplier's keys, newest first, revoked ones included. */
	List<ApiKey> bySupplier(String supplierId);

	/** Stores a revocation. */
	void update(ApiKey key);

	/** Notes that a key was used, unless a use at or after {@code notBefore} is already on record. */
	void recordUse(String keyId, Instant at, Instant notBefore);
}

package org.distributionhub.supplier.partners.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.supplier.partners.ports.out.GoLiveDates;
import org.jspecify.annotations.Nullable;

/** Go-live moments in a map, for use case tests. */
class InMemoryGoLiveDates implements GoLiveDates {

	final Map<String, Instant> dates = new HashMap<>();

	@Override
	public Optional<Instant> liveSince(String supplierId) {
		return Optional.ofNullable(dates.get(supplierId));
	}

	@Override
	public void record(String supplierId, @Nullable Instant liveSince) {
		if (liveSince == null) {
			dates.remove(supplierId);
		}
		else {
			dates.put(supplierId, liveSince);
		}
	}
}

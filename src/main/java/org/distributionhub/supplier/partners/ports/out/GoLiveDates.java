package org.distributionhub.supplier.partners.ports.out;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** When each supplier last went live, kept beside its profile (supplier_profile.live_since). */
public interface GoLiveDates {

	Optional<Instant> liveSince(String supplierId);

	/** Records the moment the supplier went live, or null when it left LIVE. */
	void record(String supplierId, @Nullable Instant liveSince);
}

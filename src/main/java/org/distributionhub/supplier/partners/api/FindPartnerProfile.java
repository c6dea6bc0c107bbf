package org.distributionhub.supplier.partners.api;

import java.util.Optional;

/** Looks up a supplier's profile by its id, answered from the partner directory's cache; empty if none is set up. */
@FunctionalInterface
public interface FindPartnerProfile {

	Optional<PartnerProfile> profile(String supplierId);
}

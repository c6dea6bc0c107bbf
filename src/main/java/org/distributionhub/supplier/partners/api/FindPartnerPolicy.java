package org.distributionhub.supplier.partners.api;

import java.util.Optional;

/** The policy in force for a supplier, on every partner call (answered from memory); empty for an unknown one. */
@FunctionalInterface
public interface FindPartnerPolicy {

	Optional<PartnerPolicy> policy(String supplierId);
}

package org.distributionhub.supplier.partners.ports.out;

import java.util.Optional;

import org.distributionhub.supplier.partners.domain.SupplierPolicy;

/** Which pack each supplier follows and its overrides; read on every partner call. */
public interface SupplierPolicyAssignments {

	/** Empty for a supplier set up before policy packs (it follows the default pack). */
	Optional<SupplierPolicy> forSupplier(String supplierId);

	void save(SupplierPolicy policy);
}

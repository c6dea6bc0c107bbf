package org.distributionhub.supplier.partners.ports.in;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.SupplierPolicies.EffectivePolicy;
import org.distributionhub.supplier.api.SupplierPolicies.PackView;
import org.distributionhub.supplier.api.SupplierPolicies.PolicyValues;
import org.jspecify.annotations.Nullable;

/**
 * Policy packs and suppliers' policies for the admin API; every change is written to the admin audit trail. Bad
 * values fail with {@link SupplierDataRejected} naming each field, an unknown supplier with {@link SupplierNotFound}.
 */
public interface ManagePolicyPacks {

	List<PackView> list();

	Optional<PackView> find(String name);

	/** Creates or replaces a pack; {@code makeDefault} true makes it the default, null or false keeps the default. */
	SavedPack save(SavePackCommand command);

	EffectivePolicy effective(String supplierId);

	EffectivePolicy assign(AssignPolicyCommand command);

	record SavePackCommand(String name, PolicyValues settings, @Nullable Boolean makeDefault, String actor) {
	}

	record SavedPack(PackView pack, boolean created) {
	}

	/** {@code pack} null: the supplier follows the default pack. */
	record AssignPolicyCommand(String supplierId, @Nullable String pack, PolicyValues overrides, String actor) {
	}
}

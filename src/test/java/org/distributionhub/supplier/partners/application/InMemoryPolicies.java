package org.distributionhub.supplier.partners.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.distributionhub.supplier.partners.domain.PolicyPack;
import org.distributionhub.supplier.partners.domain.PolicySettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.ports.out.PolicyPacks;
import org.distributionhub.supplier.partners.ports.out.SupplierPolicyAssignments;

/** Policy packs and suppliers' policies in memory, starting with the default pack "standard" setting nothing. */
public class InMemoryPolicies implements PolicyPacks, SupplierPolicyAssignments {

	final Map<String, PolicyPack> packs = new TreeMap<>();
	final Map<String, SupplierPolicy> policies = new TreeMap<>();

	public InMemoryPolicies() {
		packs.put("standard", new PolicyPack("standard", PolicySettings.NONE, true, Instant.EPOCH, "system"));
	}

	@Override
	public Optional<PolicyPack> find(String name) {
		return Optional.ofNullable(packs.get(name));
	}

	@Override
	public PolicyPack defaultPack() {
		return packs.values().stream().filter(PolicyPack::isDefault).findFirst().orElseThrow();
	}

	@Override
	public List<PolicyPack> findAll() {
		return new ArrayList<>(packs.values());
	}

	@Override
	public void save(PolicyPack pack) {
		if (pack.isDefault()) {
			packs.replaceAll((name, it) -> new PolicyPack(name, it.settings(), false, it.updatedAt(), it.updatedBy()));
		}
		packs.put(pack.name(), pack);
	}

	@Override
	public Optional<SupplierPolicy> forSupplier(String supplierId) {
		return Optional.ofNullable(policies.get(supplierId));
	}

	@Override
	public void save(SupplierPolicy policy) {
		policies.put(policy.supplierId(), policy);
	}
}

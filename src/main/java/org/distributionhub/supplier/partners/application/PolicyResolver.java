package org.distributionhub.supplier.partners.application;

import java.util.Optional;

import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.domain.SupplierPolicy.HubSettings;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.distributionhub.supplier.partners.ports.out.PolicyPacks;
import org.distributionhub.supplier.partners.ports.out.SupplierPolicyAssignments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The policy in force for a supplier: its overrides, then its pack (the default pack when it names none), then the
 * hub's settings (hub.supplier.requests-per-second and max-message-size) and its profile's due time. Everything it
 * reads is cached by the adapters, so a partner call costs no query.
 */
@Component
class PolicyResolver implements FindPartnerPolicy {

	private final PartnerProfiles profiles;
	private final SupplierPolicyAssignments assignments;
	private final PolicyPacks packs;
	private final int requestsPerSecond;
	private final long maxMessageBytes;

	PolicyResolver(PartnerProfiles profiles, SupplierPolicyAssignments assignments, PolicyPacks packs,
			@Value("${hub.supplier.requests-per-second:200}") int requestsPerSecond,
			@Value("${hub.supplier.max-message-size:5MB}") DataSize maxMessageSize) {
		this.profiles = profiles;
		this.assignments = assignments;
		this.packs = packs;
		this.requestsPerSecond = requestsPerSecond;
		this.maxMessageBytes = maxMessageSize.toBytes();
	}

	@Override
	public Optional<PartnerPolicy> policy(String supplierId) {
		return resolve(supplierId).map(it -> it.effective().policy());
	}

	/** The supplier's own policy and what is in force; empty for an unknown supplier. */
	Optional<Resolved> resolve(String supplierId) {
		return profiles.find(supplierId).map(profile -> resolve(profile));
	}

	private Resolved resolve(PartnerProfile profile) {
		var policy = assignments.forSupplier(profile.supplierId())
			.orElseGet(() -> SupplierPolicy.unassigned(profile.supplierId()));
		var pack = policy.packName() == null ? packs.defaultPack()
				: packs.find(policy.packName()).orElseGet(packs::defaultPack);
		return new Resolved(policy, policy.resolve(pack,
				new HubSettings(requestsPerSecond, maxMessageBytes, profile.acknowledgementDue())));
	}

	record Resolved(SupplierPolicy policy, SupplierPolicy.Effective effective) {
	}
}

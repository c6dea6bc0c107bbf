package org.distributionhub.supplier.partners.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;

/** Profiles in a map, for use case tests; counts saves so tests can tell a change from none. */
public class InMemoryPartnerProfiles implements PartnerProfiles {

	final Map<String, PartnerProfile> profiles = new TreeMap<>();
	public int saves;

	@Override
	public Optional<PartnerProfile> find(String supplierId) {
		return Optional.ofNullable(profiles.get(supplierId));
	}

	@Override
	public Optional<PartnerProfile> findByEdiSender(String qualifier, String id) {
		return profiles.values().stream()
			.filter(it -> it.ediIdentity() != null && it.ediIdentity().matches(qualifier, id))
			.findFirst();
	}

	@Override
	public List<PartnerProfile> findAll() {
		return new ArrayList<>(profiles.values());
	}

	@Override
	public void save(PartnerProfile profile) {
		profiles.put(profile.supplierId(), profile);
		saves++;
	}
}

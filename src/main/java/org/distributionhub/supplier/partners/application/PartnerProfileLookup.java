package org.distributionhub.supplier.partners.application;

import java.util.Optional;

import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.springframework.stereotype.Component;

/** The other rooms' way to a profile: the stored profiles, cached by their adapter. */
@Component
class PartnerProfileLookup implements FindPartnerProfile {

	private final PartnerProfiles profiles;

	PartnerProfileLookup(PartnerProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<PartnerProfile> profile(String supplierId) {
		return profiles.find(supplierId);
	}
}

package org.distributionhub.supplier.partners.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.partners.api.PartnerProfile;

/** The stored supplier profiles with their item cross-references and code maps. */
public interface PartnerProfiles {

	Optional<PartnerProfile> find(String supplierId);

	/** The supplier whose EDI identity (qualifier and id) sent an interchange, if any. */
	Optional<PartnerProfile> findByEdiSender(String qualifier, String id);

	List<PartnerProfile> findAll();

	void save(PartnerProfile profile);
}

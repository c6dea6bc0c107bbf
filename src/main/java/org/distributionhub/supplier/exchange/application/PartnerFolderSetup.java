package org.distributionhub.supplier.exchange.application;

import org.distributionhub.supplier.exchange.ports.out.PartnerFolders;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfileListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a supplier's inbox, archive, error and outbox folders as soon as its profile is saved, and at start for
 * every stored profile, so a supplier can drop its first file before anything was sent to it.
 */
@Component
class PartnerFolderSetup implements PartnerProfileListener {

	private static final Logger log = LoggerFactory.getLogger(PartnerFolderSetup.class);

	private final PartnerFolders folders;

	PartnerFolderSetup(PartnerFolders folders) {
		this.folders = folders;
	}

	@Override
	public void profileSaved(PartnerProfile profile) {
		folders.prepare(profile.supplierId());
		log.debug("The folders of supplier {} are ready", profile.supplierId());
	}
}

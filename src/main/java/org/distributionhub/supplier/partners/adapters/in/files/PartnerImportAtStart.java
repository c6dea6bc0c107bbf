package org.distributionhub.supplier.partners.adapters.in.files;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.partners.ports.in.ImportPartners.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Imports the partner folder once the hub has started; whatever goes wrong is logged and never stops the hub. */
@Component
class PartnerImportAtStart {

	static final String ACTOR = "partner files";

	private static final Logger log = LoggerFactory.getLogger(PartnerImportAtStart.class);

	private final PartnerDirectory directory;
	private final PartnerFilesProperties properties;

	PartnerImportAtStart(PartnerDirectory directory, PartnerFilesProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void importPartnerFiles() {
		if (!properties.importAtStart()) {
			return;
		}
		Correlation.runWith(CorrelationId.random(), () -> {
			try {
				var report = directory.importAll(false, ACTOR);
				if (!report.partners().isEmpty()) {
					log.info("Partner files in {}: {} created, {} updated, {} unchanged, {} refused", report.directory(),
							report.count(Status.CREATED), report.count(Status.UPDATED),
							report.count(Status.SKIPPED) + report.count(Status.UNCHANGED),
							report.count(Status.REJECTED));
				}
			}
			catch (RuntimeException e) {
				log.error("Importing the partner files failed; the hub runs on without them", e);
			}
		});
	}
}

package org.distributionhub.erpgateway.adapters.in.file;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.TakeInOutcome.Result;
import org.distributionhub.platform.folders.ClaimedFile;
import org.distributionhub.platform.folders.FileOutcome;
import org.distributionhub.platform.folders.FolderLayout;
import org.distributionhub.platform.folders.FolderRules;
import org.distributionhub.platform.folders.WatchedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the inbox folder of the file ERP (hub.erp.adapter=file) in name order, as the platform's watched folder does
 * it (settled for hub.erp.file.settle-time, claimed into the inbox's {@code .processing}): each *.json file is one
 * purchase order. Taken in (published or unchanged), it moves to the archive folder; refused, to the error folder
 * with a NAME.error.txt beside it saying why. The move follows the commit, so a file left behind by a crash is read
 * again and, unchanged, only archived.
 */
@Component
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "file", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "hub.erp.purchase-orders.enabled", matchIfMissing = true)
class FilePurchaseOrderInbox {

	private static final Logger LOG = LoggerFactory.getLogger(FilePurchaseOrderInbox.class);

	private final TakeInPurchaseOrder intake;
	private final PurchaseOrderFiles files;
	private final WatchedFolder inbox;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	FilePurchaseOrderInbox(FileInboxProperties folders, TakeInPurchaseOrder intake, JsonMapper json,
			ObjectProvider<Clock> clock) {
		this.intake = intake;
		this.files = new PurchaseOrderFiles(json);
		this.inbox = new WatchedFolder("ERP purchase order inbox",
				FolderLayout.of(folders.inbox(), folders.archive(), folders.error()),
				FolderRules.of(folders.settleTime(), folders.maxFileSize(), "hub.erp.file.max-file-size")
					.onlyEndingIn(".json"),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Scheduled(fixedDelayString = "${hub.erp.file.inbox-poll-interval:10s}",
			initialDelayString = "${hub.erp.file.inbox-poll-interval:10s}")
	void readOnSchedule() {
		try {
			readInbox();
		}
		catch (RuntimeException e) {
			LOG.error("Reading the purchase order inbox failed; the next round tries again", e);
		}
	}

	/** Takes in every complete file now in the inbox; returns how many were archived or set aside. */
	int readInbox() {
		return inbox.poll(this::take);
	}

	private FileOutcome take(ClaimedFile file) {
		try {
			var outcome = intake.takeIn(files.read(new String(file.content(), StandardCharsets.UTF_8)));
			return outcome.result() != Result.REFUSED ? FileOutcome.archived() : FileOutcome.refused(String.valueOf(outcome.reason()));
		}
		catch (PurchaseOrderFiles.Unreadable e) {
			return FileOutcome.refused("Purchase order file " + file.name() + " not taken in: " + e.getMessage());
		}
	}
}

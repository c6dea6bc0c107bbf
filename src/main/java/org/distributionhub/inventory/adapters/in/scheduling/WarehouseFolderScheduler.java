package org.distributionhub.inventory.adapters.in.scheduling;

import org.distributionhub.inventory.adapters.in.files.WarehouseFolderIntake;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the warehouse folder every hub.inventory.folder-poll-interval; off with
 * hub.inventory.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.inventory.scheduling.enabled", matchIfMissing = true)
class WarehouseFolderScheduler {

	private final WarehouseFolderIntake folder;

	WarehouseFolderScheduler(WarehouseFolderIntake folder) {
		this.folder = folder;
	}

	@Scheduled(fixedDelayString = "${hub.inventory.folder-poll-interval:5s}",
			initialDelayString = "${hub.inventory.folder-poll-interval:5s}")
	void poll() {
		folder.pollOnce();
	}
}

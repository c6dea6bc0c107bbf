package org.distributionhub.inventory.adapters.in.files;

import java.nio.file.Path;
import java.time.Clock;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent;
import org.distributionhub.platform.folders.FolderLayout;
import org.distributionhub.platform.folders.FolderRules;
import org.distributionhub.platform.folders.WatchedFolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes in what was dropped into the warehouse folder (hub.inventory.warehouse-folder): CSV warehouse events from
 * {@code events/inbox} and inventory feeds from {@code feeds/inbox}, as the platform's watched folder does it (settled
 * for hub.inventory.folder-settle-time, claimed, archived with a report or refused to {@code error} beside a note when
 * nothing of it could be read). A failure on the hub's side (the database is down) puts the file back for the next
 * poll, which is safe: events already applied are duplicates then, and a feed states on hand anew.
 */
@Component
public class WarehouseFolderIntake {

	private final WarehouseEventFiles events;
	private final InventoryFeedFiles feeds;
	private final WatchedFolder eventFolder;
	private final WatchedFolder feedFolder;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	WarehouseFolderIntake(RecordWarehouseEvent events, ApplyInventoryFeed feeds, WarehouseFolderProperties settings,
			ObjectProvider<Clock> clock) {
		this.events = new WarehouseEventFiles(events);
		this.feeds = new InventoryFeedFiles(feeds);
		Path root = settings.warehouseFolder();
		var rules = FolderRules.of(settings.folderSettleTime(), settings.maxFeedSize(), "hub.inventory.max-feed-size");
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		this.eventFolder = new WatchedFolder("Warehouse events", FolderLayout.under(root.resolve("events")), rules,
				time);
		this.feedFolder = new WatchedFolder("Inventory feeds", FolderLayout.under(root.resolve("feeds")), rules, time);
	}

	/** One look at both inboxes; returns how many files were taken in (archived or refused). */
	public synchronized int pollOnce() {
		return eventFolder.poll(events::takeIn) + feedFolder.poll(feeds::takeIn);
	}
}

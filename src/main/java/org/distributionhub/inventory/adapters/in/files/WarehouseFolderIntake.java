package org.distributionhub.inventory.adapters.in.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes in what was dropped into the warehouse folder (hub.inventory.warehouse-folder): CSV warehouse events from
 * {@code events/inbox} and inventory feeds from {@code feeds/inbox}, each file once it rested unchanged for
 * hub.inventory.folder-settle-time. A file is archived with a report, or moved to {@code error} with a note when
 * nothing of it could be read. A failure on the hub's side (the database is down) puts the file back for the next
 * poll, which is safe: events already applied are duplicates then, and a feed states on hand anew.
 */
@Component
public class WarehouseFolderIntake {

	private static final Logger log = LoggerFactory.getLogger(WarehouseFolderIntake.class);

	/** A claim older than this was left by a hub that stopped; the file goes back to the inbox. */
	static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

	/** At most this many files of a kind per poll, so a flood of files does not hold the other kind up. */
	static final int FILES_PER_POLL = 50;

	private final WarehouseEventFiles events;
	private final InventoryFeedFiles feeds;
	private final WarehouseFolderProperties settings;
	private final Clock clock;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	WarehouseFolderIntake(RecordWarehouseEvent events, ApplyInventoryFeed feeds, WarehouseFolderProperties settings,
			ObjectProvider<Clock> clock) {
		this.events = new WarehouseEventFiles(events);
		this.feeds = new InventoryFeedFiles(feeds);
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** How a kind of file is taken in. */
	private interface Handler {

		FileOutcome takeIn(String fileName, byte[] content, Instant now);
	}

	/** One look at both inboxes; returns how many files were taken in (archived or refused). */
	public synchronized int pollOnce() {
		Path root = settings.warehouseFolder();
		return take(new WarehouseFolder(root.resolve("events")), events::takeIn)
				+ take(new WarehouseFolder(root.resolve("feeds")), feeds::takeIn);
	}

	private int take(WarehouseFolder folder, Handler handler) {
		int taken = 0;
		try {
			Instant now = clock.instant();
			folder.releaseStale(now, CLAIM_TIMEOUT);
			for (Path file : folder.settled(now, settings.folderSettleTime())) {
				if (taken == FILES_PER_POLL) {
					break;
				}
				var claimed = folder.claim(file, now);
				if (claimed.isPresent() && takeIn(folder, claimed.get(), handler, now)) {
					taken++;
				}
			}
		}
		catch (IOException e) {
			log.warn("The warehouse folder {} could not be worked through: {}", folder.inbox(), e.toString());
		}
		return taken;
	}

	private boolean takeIn(WarehouseFolder folder, Path claimed, Handler handler, Instant now) throws IOException {
		String name = claimed.getFileName().toString();
		long size = Files.size(claimed);
		long limit = settings.maxFeedSize().toBytes();
		if (size > limit) {
			folder.refuse(claimed, FileOutcome.refused(name, "The file is " + size + " bytes, more than the " + limit
					+ " bytes a warehouse file may have (hub.inventory.max-feed-size); split it").text());
			return true;
		}
		FileOutcome outcome;
		try {
			outcome = handler.takeIn(name, Files.readAllBytes(claimed), now);
		}
		catch (RuntimeException e) {
			log.error("Warehouse file {} could not be taken in; it goes back to the inbox and is tried again", name, e);
			folder.release(claimed);
			return false;
		}
		Path placed = outcome.archived() ? folder.archive(claimed, outcome.text())
				: folder.refuse(claimed, outcome.text());
		log.info("Warehouse file {} {} as {}", name, outcome.archived() ? "taken in and archived" : "refused", placed);
		return true;
	}
}

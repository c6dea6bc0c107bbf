package org.distributionhub.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How inventory keeps in step with the warehouses: when each was last heard from, and what was refused. */
public interface FindInventorySync {

	/** Every warehouse inventory keeps stock in, with its last warehouse event and last feed (null: never). */
	List<WarehouseSync> warehouses();

	/** Feeds that finished after {@code since} with rows refused, newest first. */
	List<RefusedFeedRows> refusedFeedRows(Instant since, int limit);

	/** Warehouse files moved to an {@code error/} folder and still lying there, newest first. */
	List<RefusedFile> refusedFiles(int limit);

	record WarehouseSync(String warehouse, @Nullable Instant lastEventAt, @Nullable Instant lastFeedAt) {

		/** The later of the last event and the last feed, null when the warehouse never sent either. */
		public @Nullable Instant lastHeardAt() {
			if (lastEventAt == null || lastFeedAt == null) {
				return lastEventAt == null ? lastFeedAt : lastEventAt;
			}
			return lastEventAt.isAfter(lastFeedAt) ? lastEventAt : lastFeedAt;
		}
	}

	/** A feed run that refused some of its rows: which, from where, how many of how many. */
	record RefusedFeedRows(UUID runId, String warehouse, String reference, Instant finishedAt, int rows,
			int rejected) {
	}

	/** A file in {@code events/error} or {@code feeds/error}, when it was moved there and the reason beside it. */
	record RefusedFile(String folder, String fileName, Instant movedAt, String reason) {
	}
}

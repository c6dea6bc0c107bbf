package org.distributionhub.inventory.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.jspecify.annotations.Nullable;

/** What each inventory feed run did, kept so staff can see it later. */
public interface InventoryFeedRuns {

	void add(FeedRun run);

	/** At most {@code limit} runs, newest first, of one warehouse if it is not null. */
	List<FeedRun> recent(@Nullable String warehouse, int limit);

	/** One run: its counts and the text of its first rejected rows. */
	record FeedRun(UUID runId, String warehouse, FeedMode mode, IntakeChannel channel, String reference,
			String correlationId,
			Instant startedAt, Instant finishedAt, int rows, int applied, int unchanged, int zeroed, int rejected,
			boolean zeroingSkipped, @Nullable String note, List<String> problems) {

		public FeedRun {
			problems = List.copyOf(problems);
		}
	}
}

package org.distributionhub.inventory.ports.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.jspecify.annotations.Nullable;

/** One feed run as recorded: where it came from, when, its counts and (the first of) its rejected rows. */
public record InventoryFeedRunView(UUID runId, String warehouse, FeedMode mode, IntakeChannel channel, String reference,
		Instant startedAt, Instant finishedAt, int rows, int applied, int unchanged, int zeroed, int rejected,
		boolean zeroingSkipped, @Nullable String note, List<String> problems) {

	public InventoryFeedRunView {
		problems = List.copyOf(problems);
	}
}

package org.distributionhub.inventory.ports.in;

import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.model.FeedMode;
import org.jspecify.annotations.Nullable;

/**
 * What a feed did: rows that changed on hand ({@code applied}), rows that stated what was on hand already
 * ({@code unchanged}), SKUs a FULL feed set to zero ({@code zeroed}) and the rows refused. {@code zeroingSkipped}
 * says a FULL feed left unlisted SKUs alone, and {@code note} why.
 */
public record InventoryFeedResult(UUID runId, FeedMode mode, String warehouse, int rows, int applied, int unchanged,
		int zeroed, List<FeedRowProblem> rejected, boolean zeroingSkipped, @Nullable String note) {

	public InventoryFeedResult {
		rejected = List.copyOf(rejected);
	}
}

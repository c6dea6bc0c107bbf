package org.distributionhub.inventory.application;

import java.util.List;

import org.distributionhub.inventory.ports.in.FindInventoryFeedRuns;
import org.distributionhub.inventory.ports.in.InventoryFeedRunView;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reads the recorded inventory feed runs. */
@Service
class InventoryFeedRunQueries implements FindInventoryFeedRuns {

	static final int MAX_LIMIT = 500;

	private final InventoryFeedRuns runs;

	InventoryFeedRunQueries(InventoryFeedRuns runs) {
		this.runs = runs;
	}

	@Override
	public List<InventoryFeedRunView> recent(@Nullable String warehouse, int limit) {
		return runs.recent(warehouse, Math.max(1, Math.min(limit, MAX_LIMIT)))
			.stream()
			.map(it -> new InventoryFeedRunView(it.runId(), it.warehouse(), it.mode(), it.channel(), it.reference(),
					it.startedAt(), it.finishedAt(), it.rows(), it.applied(), it.unchanged(), it.zeroed(),
					it.rejected(), it.zeroingSkipped(), it.note(), it.problems()))
			.toList();
	}
}

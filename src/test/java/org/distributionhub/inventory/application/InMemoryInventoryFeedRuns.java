package org.distributionhub.inventory.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.distributionhub.inventory.ports.out.InventoryFeedRuns;
import org.jspecify.annotations.Nullable;

/** Feed runs in memory. */
public class InMemoryInventoryFeedRuns implements InventoryFeedRuns {

	public final List<FeedRun> runs = new ArrayList<>();

	@Override
	public synchronized void add(FeedRun run) {
		runs.add(run);
	}

	@Override
	public synchronized List<FeedRun> recent(@Nullable String warehouse, int limit) {
		return runs.stream()
			.filter(it -> warehouse == null || it.warehouse().equals(warehouse))
			.sorted(Comparator.comparing(FeedRun::startedAt).reversed())
			.limit(limit)
			.toList();
	}
}

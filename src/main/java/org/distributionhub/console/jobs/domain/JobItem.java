package org.distributionhub.console.jobs.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One item of a job, in the order it runs, with what it is (a label resolved at start) and, once run, its result. */
public record JobItem(int position, UUID itemId, String label, @Nullable ItemResult result,
		@Nullable Instant finishedAt) {

	public static JobItem toRun(int position, UUID itemId, String label) {
		return new JobItem(position, itemId, label, null, null);
	}
}

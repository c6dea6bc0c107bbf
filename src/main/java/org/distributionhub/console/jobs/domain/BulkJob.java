package org.distributionhub.console.jobs.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A bulk job: who started it and why, what it covers (the filter or the selection, as text), where it is, and its
 * progress counted from its items.
 */
public record BulkJob(UUID id, JobKind kind, JobState state, String startedBy, String reason, String scope,
		Instant startedAt, @Nullable Instant finishedAt, int resumes, Progress progress) {

	/** How many items a job has, how many ran and how each came out. */
	public record Progress(int total, int ok, int refused, int skipped) {

		public int done() {
			return ok + refused + skipped;
		}

		public int notRun() {
			return total - done();
		}
	}
}

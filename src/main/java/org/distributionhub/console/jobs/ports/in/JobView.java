package org.distributionhub.console.jobs.ports.in;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A bulk job as people see it: kind (PARKED_REPLAY, ERP_RETRY, DELIVERY_RESUBMIT), state (RUNNING, CANCELLING,
 * CANCELLED, DONE, INTERRUPTED), who started it, why and over what, and its progress: done of total, of which ok,
 * failed (refused) and skipped.
 */
public record JobView(UUID id, String kind, String state, String startedBy, String reason, String scope,
		Instant startedAt, @Nullable Instant finishedAt, int resumes, int total, int done, int ok, int failed,
		int skipped) {

	public boolean running() {
		return state.equals("RUNNING") || state.equals("CANCELLING");
	}

	public int percent() {
		return total == 0 ? 100 : (int) (100L * done / total);
	}

	public int notRun() {
		return total - done;
	}
}

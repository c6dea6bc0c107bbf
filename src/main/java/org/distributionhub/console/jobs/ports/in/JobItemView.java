package org.distributionhub.console.jobs.ports.in;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One item of a job: what it is and, once run, its outcome (OK, REFUSED, SKIPPED) with the module's message. */
public record JobItemView(int position, UUID itemId, String label, @Nullable String outcome,
		@Nullable String message, @Nullable Instant finishedAt) {
}

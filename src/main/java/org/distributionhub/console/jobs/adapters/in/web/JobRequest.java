package org.distributionhub.console.jobs.adapters.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.jobs.ports.in.StartBulkJob.StartJobCommand;
import org.jspecify.annotations.Nullable;

/** The staff API's request for a job: its kind, a reason, and the ids of the items or a filter (none: every item). */
record JobRequest(@Nullable String kind, @Nullable String reason, @Nullable Map<String, String> filter,
		@Nullable List<UUID> ids) {

	StartJobCommand toCommand(String actor) {
		return new StartJobCommand(kind == null ? "" : kind, ids, filter == null ? Map.of() : filter, actor,
				reason == null ? "" : reason);
	}
}

package org.distributionhub.console.jobs.ports.in;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Starts a bulk job over the selected ids or, without ids, every item the filter matches, resolved to a list at
 * start; refuses a kind that already has a job running (JobConflict) and a request that is not valid
 * (InvalidJobRequest).
 */
public interface StartBulkJob {

	JobView start(StartJobCommand command);

	record StartJobCommand(String kind, @Nullable List<UUID> ids, Map<String, String> filter, String actor,
			String reason) {

		public StartJobCommand {
			ids = ids == null ? null : List.copyOf(ids);
			filter = Map.copyOf(filter);
		}
	}
}

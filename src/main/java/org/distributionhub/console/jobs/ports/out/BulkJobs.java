package org.distributionhub.console.jobs.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.BulkJob;
import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobItem;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.console.jobs.domain.JobState;
import org.distributionhub.platform.api.PageOf;

/**
 * The jobs and their items. A running job is held by one hub (its owner), which beats its heart before each item;
 * each guarded update answers whether it applied, so two hubs never run one job at once.
 */
public interface BulkJobs {

	/** Stores a RUNNING job held by the owner with its items; false when a job of its kind is already active. */
	boolean start(BulkJob job, List<JobItem> items, String owner);

	Optional<BulkJob> find(UUID jobId);

	/** The active job of a kind, if any. */
	Optional<UUID> active(JobKind kind);

	PageOf<BulkJob> jobs(int page, int size);

	PageOf<JobItem> items(UUID jobId, int page, int size);

	/** The items without an outcome, in order. */
	List<JobItem> notRun(UUID jobId);

	/** Records that the owner still runs the job; false when it was cancelled or taken over meanwhile. */
	boolean heartbeat(UUID jobId, String owner, Instant at);

	void record(UUID jobId, int position, ItemResult result, Instant at);

	/** RUNNING to CANCELLING; false when the job was not running. */
	boolean requestCancel(UUID jobId);

	/** The owner ends the job: DONE, or CANCELLED if a cancel was asked for; false when it no longer held it. */
	boolean finish(UUID jobId, String owner, Instant at);

	/** Active jobs whose heartbeat is older than the given time. */
	List<BulkJob> stalled(Instant heartbeatBefore);

	/** Takes over a stalled job (counting one more resume); false when another hub took it first. */
	boolean claim(UUID jobId, String owner, Instant heartbeatBefore, Instant at);

	/** Ends a stalled job in the given final state; false when another hub took it first. */
	boolean end(UUID jobId, JobState state, Instant heartbeatBefore, Instant at);
}

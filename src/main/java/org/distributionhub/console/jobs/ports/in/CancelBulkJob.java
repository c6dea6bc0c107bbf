package org.distributionhub.console.jobs.ports.in;

import java.util.UUID;

/** Asks a running job to stop before its next item; a finished job is a JobConflict, an unknown one UnknownJob. */
public interface CancelBulkJob {

	JobView cancel(UUID jobId, String actor);
}

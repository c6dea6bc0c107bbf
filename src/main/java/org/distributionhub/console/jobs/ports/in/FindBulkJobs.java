package org.distributionhub.console.jobs.ports.in;

import java.util.Optional;
import java.util.UUID;

import org.distributionhub.platform.api.PageOf;

/** Jobs newest first, one job with its progress, and its items in the order they run, a page at a time. */
public interface FindBulkJobs {

	PageOf<JobView> jobs(int page, int size);

	Optional<JobView> find(UUID jobId);

	PageOf<JobItemView> items(UUID jobId, int page, int size);
}

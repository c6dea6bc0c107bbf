package org.distributionhub.console.jobs.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Clock;

import org.distributionhub.console.jobs.domain.BulkJob;
import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobItem;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.console.jobs.ports.out.BulkJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs jobs on a bounded executor (one thread per kind, as each kind has at most one active job), one item at a
 * time: the module's operation and the item's outcome commit in one transaction, a refusal is recorded in its own.
 * Before each item the run beats the job's heartbeat with its token; when that fails (cancelled, or another run took
 * the job over) it stops. A hub that stops leaves its jobs RUNNING; they are resumed once their heartbeat is stale.
 */
@Component
class BulkJobRunner implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(BulkJobRunner.class);

	private final String node = "hub-" + UUID.randomUUID().toString().substring(0, 8);
	private final ExecutorService executor = Executors.newFixedThreadPool(JobKind.values().length, task -> {
		var thread = new Thread(task, "hub-bulk-job");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<JobKind, BulkWork> works = new EnumMap<>(JobKind.class);
	private final BulkJobs jobs;
	private final TransactionTemplate transaction;
	private final Clock clock;

	BulkJobRunner(List<BulkWork> works, BulkJobs jobs, PlatformTransactionManager transactions, Clock clock) {
		works.forEach(work -> this.works.put(work.kind(), work));
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	BulkWork work(JobKind kind) {
		return works.get(kind);
	}

	/** A token for one run of a job: this hub and the run. */
	String token() {
		return node + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	void submit(BulkJob job, String token) {
		executor.execute(() -> run(job, token));
	}

	private void run(BulkJob job, String token) {
		BulkWork work = works.get(job.kind());
		try {
			for (JobItem item : jobs.notRun(job.id())) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				if (!jobs.heartbeat(job.id(), token, clock.instant())) {
					break;
				}
				runItem(job, work, item);
			}
			if (!Thread.currentThread().isInterrupted()) {
				jobs.finish(job.id(), token, clock.instant());
			}
		}
		catch (RuntimeException e) {
			LOG.error("Bulk job {} stopped; it is resumed once its heartbeat is stale", job.id(), e);
		}
	}

	private void runItem(BulkJob job, BulkWork work, JobItem item) {
		try {
			transaction.executeWithoutResult(status -> jobs.record(job.id(), item.position(),
					work.run(item.itemId(), job.startedBy(), job.reason()), clock.instant()));
		}
		catch (RuntimeException e) {
			if (!Thread.currentThread().isInterrupted()) {
				jobs.record(job.id(), item.position(), ItemResult.refused(message(e)), clock.instant());
			}
		}
	}

	private static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}

package org.distributionhub.console.jobs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.distributionhub.console.jobs.application.BulkWork.Target;
import org.distributionhub.console.jobs.domain.BulkJob;
import org.distributionhub.console.jobs.domain.BulkJob.Progress;
import org.distributionhub.console.jobs.domain.JobItem;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.console.jobs.domain.JobState;
import org.distributionhub.console.jobs.domain.Resumption;
import org.distributionhub.console.jobs.ports.in.CancelBulkJob;
import org.distributionhub.console.jobs.ports.in.FindBulkJobs;
import org.distributionhub.console.jobs.ports.in.InvalidJobRequest;
import org.distributionhub.console.jobs.ports.in.JobConflict;
import org.distributionhub.console.jobs.ports.in.JobItemView;
import org.distributionhub.console.jobs.ports.in.JobView;
import org.distributionhub.console.jobs.ports.in.ResumeStalledJobs;
import org.distributionhub.console.jobs.ports.in.StartBulkJob;
import org.distributionhub.console.jobs.ports.in.UnknownJob;
import org.distributionhub.console.jobs.ports.out.BulkJobs;
import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.PageOf;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts a job over the items chosen at start (the selection, or what the filter matches then), hands it to the
 * runner, cancels it between items and takes over the jobs a stopped hub left.
 */
@Service
class BulkJobService implements StartBulkJob, CancelBulkJob, FindBulkJobs, ResumeStalledJobs {

	private static final Logger LOG = LoggerFactory.getLogger(BulkJobService.class);

	private final BulkJobs jobs;
	private final BulkJobRunner runner;
	private final JobsProperties properties;
	private final AdminAudit audit;
	private final Clock clock;

	BulkJobService(BulkJobs jobs, BulkJobRunner runner, JobsProperties properties, AdminAudit audit, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public JobView start(StartJobCommand command) {
		JobKind kind = JobKind.named(command.kind()).orElseThrow(() -> new InvalidJobRequest("kind",
				"kind is one of " + Arrays.toString(JobKind.values()) + ", not '" + command.kind() + "'"));
		String reason = reason(command.reason());
		Map<String, String> filter = filter(kind, command);
		jobs.active(kind).ifPresent(running -> {
			throw running(kind, running);
		});
		List<Target> targets = targets(kind, command.ids(), filter);
		var items = new ArrayList<JobItem>(targets.size());
		for (Target target : targets) {
			items.add(JobItem.toRun(items.size() + 1, target.id(), target.label()));
		}
		String scope = command.ids() == null ? scope(kind, filter) : targets.size() + " selected " + kind.items();
		var job = new BulkJob(UUID.randomUUID(), kind, JobState.RUNNING, command.actor(), reason, scope,
				clock.instant(), null, 0, new Progress(items.size(), 0, 0, 0));
		String token = runner.token();
		if (!jobs.start(job, items, token)) {
			throw running(kind, jobs.active(kind).orElse(job.id()));
		}
		LOG.info("{} started bulk job {} ({} of {} {})", command.actor(), job.id(), kind.noun(), items.size(), scope);
		audit.record(command.actor(), "BULK_JOB_START", "job " + job.id(), reason,
				kind.noun() + " of " + items.size() + ": " + scope);
		runner.submit(job, token);
		return view(job);
	}

	@Override
	public JobView cancel(UUID jobId, String actor) {
		BulkJob job = jobs.find(jobId).orElseThrow(() -> new UnknownJob(jobId));
		if (!jobs.requestCancel(jobId)) {
			BulkJob now = jobs.find(jobId).orElseThrow(() -> new UnknownJob(jobId));
			if (now.state() != JobState.CANCELLING) {
				throw new JobConflict(jobId, "Job " + jobId + " is " + now.state() + "; only a running job is cancelled");
			}
		}
		LOG.info("{} cancels bulk job {} ({})", actor, jobId, job.kind().noun());
		audit.record(actor, "BULK_JOB_CANCEL", "job " + jobId, job.reason(), "cancelled between items");
		return find(jobId).orElseThrow(() -> new UnknownJob(jobId));
	}

	@Override
	public PageOf<JobView> jobs(int page, int size) {
		var found = jobs.jobs(page, size);
		return new PageOf<>(found.items().stream().map(BulkJobService::view).toList(), page, size, found.total());
	}

	@Override
	public Optional<JobView> find(UUID jobId) {
		return jobs.find(jobId).map(BulkJobService::view);
	}

	@Override
	public PageOf<JobItemView> items(UUID jobId, int page, int size) {
		var found = jobs.items(jobId, page, size);
		return new PageOf<>(found.items().stream().map(item -> new JobItemView(item.position(), item.itemId(),
				item.label(), item.result() == null ? null : item.result().outcome().name(),
				item.result() == null ? null : item.result().message(), item.finishedAt())).toList(), page, size,
				found.total());
	}

	@Override
	public int resumeStalled() {
		Instant now = clock.instant();
		Instant staleBefore = now.minus(properties.lease());
		int resumed = 0;
		for (BulkJob job : jobs.stalled(staleBefore)) {
			JobState next = Resumption.after(job.state(), job.resumes(), properties.maxResumes());
			if (next == JobState.RUNNING) {
				String token = runner.token();
				if (jobs.claim(job.id(), token, staleBefore, now)) {
					LOG.warn("Resuming bulk job {} ({}) where its hub stopped: {} of {} items left", job.id(),
							job.kind().noun(), job.progress().notRun(), job.progress().total());
					runner.submit(job, token);
					resumed++;
				}
			}
			else if (jobs.end(job.id(), next, staleBefore, now)) {
				LOG.warn("Bulk job {} ({}) is {} after its hub stopped; {} of {} items did not run", job.id(),
						job.kind().noun(), next, job.progress().notRun(), job.progress().total());
			}
		}
		return resumed;
	}

	private List<Target> targets(JobKind kind, @Nullable List<UUID> ids, Map<String, String> filter) {
		BulkWork work = runner.work(kind);
		if (ids == null) {
			List<Target> targets = work.resolve(filter, properties.maxItems() + 1);
			if (targets.size() > properties.maxItems()) {
				throw new InvalidJobRequest("filter", "The filter matches more than " + properties.maxItems()
						+ " items; narrow it");
			}
			return targets;
		}
		return new LinkedHashSet<>(ids).stream().map(id -> new Target(id, work.label(id))).toList();
	}

	private Map<String, String> filter(JobKind kind, StartJobCommand command) {
		var filter = new TreeMap<String, String>();
		command.filter().forEach((key, value) -> {
			if (!kind.filterKeys().contains(key)) {
				throw new InvalidJobRequest("filter." + key, "A " + kind + " job has no filter '" + key
						+ "'; it takes " + (kind.filterKeys().isEmpty() ? "none" : kind.filterKeys()));
			}
			if (value != null && !value.isBlank()) {
				filter.put(key, value.strip());
			}
		});
		if (command.ids() != null) {
			if (!filter.isEmpty()) {
				throw new InvalidJobRequest("ids", "Give the ids of the items or a filter, not both");
			}
			if (command.ids().isEmpty()) {
				throw new InvalidJobRequest("ids", "Choose at least one item");
			}
			if (command.ids().size() > properties.maxItems()) {
				throw new InvalidJobRequest("ids", "At most " + properties.maxItems() + " items in one job");
			}
		}
		return filter;
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidJobRequest("reason", "A bulk job needs a reason for the audit trail");
		}
		if (reason.length() > 2000) {
			throw new InvalidJobRequest("reason", "A reason has at most 2000 characters");
		}
		return reason.strip();
	}

	private static String scope(JobKind kind, Map<String, String> filter) {
		return filter.isEmpty() ? "all " + kind.items()
				: kind.items() + " where " + filter.entrySet().stream().map(entry -> entry.getKey() + " = "
						+ entry.getValue()).collect(Collectors.joining(", "));
	}

	private static JobConflict running(JobKind kind, UUID running) {
		return new JobConflict(running, "A " + kind.noun() + " job is already running (" + running
				+ "); cancel it or wait until it ends");
	}

	private static JobView view(BulkJob job) {
		var progress = job.progress();
		return new JobView(job.id(), job.kind().name(), job.state().name(), job.startedBy(), job.reason(),
				job.scope(), job.startedAt(), job.finishedAt(), job.resumes(), progress.total(), progress.done(),
				progress.ok(), progress.refused(), progress.skipped());
	}
}

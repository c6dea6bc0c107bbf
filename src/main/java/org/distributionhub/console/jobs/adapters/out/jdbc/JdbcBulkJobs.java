package org.distributionhub.console.jobs.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.BulkJob;
import org.distributionhub.console.jobs.domain.BulkJob.Progress;
import org.distributionhub.console.jobs.domain.ItemOutcome;
import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobItem;
import org.distributionhub.console.jobs.domain.JobKind;
import org.distributionhub.console.jobs.domain.JobState;
import org.distributionhub.console.jobs.ports.out.BulkJobs;
import org.distributionhub.platform.api.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs in bulk_job, items in bulk_job_item. A job is inserted with its kind as active_kind (INSERT ... ON CONFLICT
 * DO NOTHING), so one job per kind is active; progress is counted from the items' outcomes.
 */
@Repository
class JdbcBulkJobs implements BulkJobs {

	private static final String ACTIVE = "state IN ('RUNNING', 'CANCELLING')";

	private final JdbcClient jdbc;

	JdbcBulkJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public boolean start(BulkJob job, List<JobItem> items, String owner) {
		int inserted = jdbc.sql("""
				INSERT INTO bulk_job (id, kind, state, started_by, reason, scope, total, started_at, owner, heartbeat_at,
				resumes, active_kind) VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING""")
			.params(job.id(), job.kind().name(), clip(job.startedBy(), 100), clip(job.reason(), 2000),
					clip(job.scope(), 2000), items.size(), at(job.startedAt()), owner, at(job.startedAt()),
					job.kind().name())
			.update();
		if (inserted == 0) {
			return false;
		}
		for (JobItem item : items) {
			jdbc.sql("INSERT INTO bulk_job_item (job_id, item_no, item_id, label) VALUES (?, ?, ?, ?)")
				.params(job.id(), item.position(), item.itemId(), clip(item.label(), 500))
				.update();
		}
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BulkJob> find(UUID jobId) {
		return jdbc.sql("SELECT * FROM bulk_job WHERE id = ?").param(jobId).query(this::job).optional();
	}

	@Override
	public Optional<UUID> active(JobKind kind) {
		return jdbc.sql("SELECT id FROM bulk_job WHERE active_kind = ?").param(kind.name()).query(UUID.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<BulkJob> jobs(int page, int size) {
		long total = jdbc.sql("SELECT COUNT(*) FROM bulk_job").query(Long.class).single();
		var jobs = jdbc.sql("SELECT * FROM bulk_job ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query(this::job)
			.list();
		return new PageOf<>(jobs, page, size, total);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<JobItem> items(UUID jobId, int page, int size) {
		long total = jdbc.sql("SELECT COUNT(*) FROM bulk_job_item WHERE job_id = ?").param(jobId).query(Long.class)
			.single();
		var items = jdbc.sql("SELECT * FROM bulk_job_item WHERE job_id = ? ORDER BY item_no LIMIT ? OFFSET ?")
			.params(jobId, size, (long) page * size)
			.query(JdbcBulkJobs::item)
			.list();
		return new PageOf<>(items, page, size, total);
	}

	@Override
	public List<JobItem> notRun(UUID jobId) {
		return jdbc.sql("SELECT * FROM bulk_job_item WHERE job_id = ? AND outcome IS NULL ORDER BY item_no")
			.param(jobId)
			.query(JdbcBulkJobs::item)
			.list();
	}

	@Override
	public boolean heartbeat(UUID jobId, String owner, Instant at) {
		return jdbc.sql("UPDATE bulk_job SET heartbeat_at = ? WHERE id = ? AND owner = ? AND state = 'RUNNING'")
			.params(at(at), jobId, owner)
			.update() == 1;
	}

	@Override
	public void record(UUID jobId, int position, ItemResult result, Instant at) {
		jdbc.sql("UPDATE bulk_job_item SET outcome = ?, message = ?, finished_at = ? WHERE job_id = ? AND item_no = ?")
			.params(result.outcome().name(), clip(result.message(), 2000), at(at), jobId, position)
			.update();
	}

	@Override
	public boolean requestCancel(UUID jobId) {
		return jdbc.sql("UPDATE bulk_job SET state = 'CANCELLING' WHERE id = ? AND state = 'RUNNING'")
			.param(jobId)
			.update() == 1;
	}

	@Override
	public boolean finish(UUID jobId, String owner, Instant at) {
		return jdbc.sql("""
				UPDATE bulk_job SET state = CASE WHEN state = 'CANCELLING' THEN 'CANCELLED' ELSE 'DONE' END,
				finished_at = ?, active_kind = NULL WHERE id = ? AND owner = ? AND""" + " " + ACTIVE)
			.params(at(at), jobId, owner)
			.update() == 1;
	}

	@Override
	@Transactional(readOnly = true)
	public List<BulkJob> stalled(Instant heartbeatBefore) {
		return jdbc.sql("SELECT * FROM bulk_job WHERE " + ACTIVE + " AND heartbeat_at < ? ORDER BY started_at")
			.param(at(heartbeatBefore))
			.query(this::job)
			.list();
	}

	@Override
	public boolean claim(UUID jobId, String owner, Instant heartbeatBefore, Instant at) {
		return jdbc.sql("""
				UPDATE bulk_job SET owner = ?, heartbeat_at = ?, resumes = resumes + 1
				WHERE id = ? AND state = 'RUNNING' AND heartbeat_at < ?""")
			.params(owner, at(at), jobId, at(heartbeatBefore))
			.update() == 1;
	}

	@Override
	public boolean end(UUID jobId, JobState state, Instant heartbeatBefore, Instant at) {
		return jdbc.sql("UPDATE bulk_job SET state = ?, finished_at = ?, active_kind = NULL WHERE id = ? AND "
				+ ACTIVE + " AND heartbeat_at < ?")
			.params(state.name(), at(at), jobId, at(heartbeatBefore))
			.update() == 1;
	}

	private BulkJob job(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new BulkJob(id, JobKind.valueOf(rs.getString("kind")), JobState.valueOf(rs.getString("state")),
				rs.getString("started_by"), rs.getString("reason"), rs.getString("scope"),
				rs.getTimestamp("started_at").toInstant(), instant(rs, "finished_at"), rs.getInt("resumes"),
				progress(id, rs.getInt("total")));
	}

	private Progress progress(UUID jobId, int total) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT outcome, COUNT(*) AS n FROM bulk_job_item WHERE job_id = ? AND outcome IS NOT NULL "
				+ "GROUP BY outcome")
			.param(jobId)
			.query(rs -> {
				counts.put(rs.getString("outcome"), rs.getInt("n"));
			});
		return new Progress(total, counts.getOrDefault("OK", 0), counts.getOrDefault("REFUSED", 0),
				counts.getOrDefault("SKIPPED", 0));
	}

	private static JobItem item(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new JobItem(rs.getInt("item_no"), rs.getObject("item_id", UUID.class), rs.getString("label"),
				outcome == null ? null : new ItemResult(ItemOutcome.valueOf(outcome), rs.getString("message")),
				instant(rs, "finished_at"));
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}

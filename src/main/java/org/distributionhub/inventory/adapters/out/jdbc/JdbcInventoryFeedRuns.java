package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inventory feed runs in table inventory_feed_run; the rejected rows kept as text, one per line. */
@Repository
class JdbcInventoryFeedRuns implements InventoryFeedRuns {

	private final JdbcClient jdbc;

	JdbcInventoryFeedRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(FeedRun run) {
		jdbc.sql("""
				INSERT INTO inventory_feed_run (run_id, warehouse, mode, channel, reference, correlation_id, started_at,
				    finished_at, row_count, applied, unchanged, zeroed, rejected, zeroing_skipped, note, problems)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.runId(), run.warehouse(), run.mode().name(), run.channel().name(), shortened(run.reference(), 255),
					run.correlationId(), OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC),
					OffsetDateTime.ofInstant(run.finishedAt(), ZoneOffset.UTC), run.rows(), run.applied(),
					run.unchanged(), run.zeroed(), run.rejected(), run.zeroingSkipped(),
					run.note() == null ? null : shortened(run.note(), 1000),
					run.problems().isEmpty() ? null : String.join("\n", run.problems()))
			.update();
	}

	@Override
	public List<FeedRun> recent(@Nullable String warehouse, int limit) {
		String where = warehouse == null ? "" : " WHERE warehouse = :warehouse";
		var query = jdbc.sql("SELECT * FROM inventory_feed_run" + where
				+ " ORDER BY started_at DESC, run_id LIMIT :limit")
			.param("limit", limit);
		if (warehouse != null) {
			query = query.param("warehouse", warehouse);
		}
		return query.query(JdbcInventoryFeedRuns::row).list();
	}

	private static FeedRun row(ResultSet rs, int row) throws SQLException {
		String problems = rs.getString("problems");
		return new FeedRun(rs.getObject("run_id", UUID.class), rs.getString("warehouse"),
				FeedMode.valueOf(rs.getString("mode")), IntakeChannel.valueOf(rs.getString("channel")), rs.getString("reference"), rs.getString("correlation_id"),
				JdbcWarehouseEventLog.instant(rs, "started_at"), JdbcWarehouseEventLog.instant(rs, "finished_at"),
				rs.getInt("row_count"), rs.getInt("applied"), rs.getInt("unchanged"), rs.getInt("zeroed"),
				rs.getInt("rejected"), rs.getBoolean("zeroing_skipped"), rs.getString("note"),
				problems == null ? List.of() : problems.lines().toList());
	}

	private static String shortened(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}

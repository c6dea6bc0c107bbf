package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.platform.api.TimeBuckets;
import org.distributionhub.supplier.api.FindAcknowledgementPerformance.AcknowledgementWeek;
import org.distributionhub.supplier.procurement.ports.out.AcknowledgementStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Two grouped queries on the due-time index of purchase_order (orders, then their lines by primary key), merged per
 * supplier and week.
 */
@Repository
class JdbcAcknowledgementStatistics implements AcknowledgementStatistics {

	private static final String WEEK = TimeBuckets.weekOf("o.ack_due_at");

	private final JdbcClient jdbc;

	JdbcAcknowledgementStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AcknowledgementWeek> weekly(Instant from, Instant now) {
		Timestamp start = Timestamp.from(from);
		Timestamp current = Timestamp.from(now);
		Timestamp end = Timestamp.from(TimeBuckets.weekStart(now).plus(7, ChronoUnit.DAYS));
		Map<String, AcknowledgementWeek> weeks = new TreeMap<>();
		jdbc.sql("SELECT o.supplier_id, " + WEEK + " AS week_no,"
				+ " SUM(CASE WHEN o.acknowledged_at IS NOT NULL OR o.ack_due_at <= ? THEN 1 ELSE 0 END) AS due,"
				+ " SUM(CASE WHEN o.acknowledged_at <= o.ack_due_at THEN 1 ELSE 0 END) AS on_time,"
				+ " SUM(CASE WHEN o.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END) AS acknowledged,"
				+ " SUM(CASE WHEN o.acknowledged_at IS NOT NULL"
				+ "   THEN EXTRACT(EPOCH FROM o.acknowledged_at) - EXTRACT(EPOCH FROM o.created_at) ELSE 0 END) AS seconds"
				+ " FROM purchase_order o WHERE o.ack_due_at >= ? AND o.ack_due_at < ?"
				+ " GROUP BY o.supplier_id, " + WEEK)
			.params(current, start, end)
			.query(rs -> {
				var week = new AcknowledgementWeek(rs.getString("supplier_id"), TimeBuckets.week(rs.getLong("week_no")),
						rs.getLong("due"), rs.getLong("on_time"), rs.getLong("acknowledged"),
						Math.max(0, Math.round(rs.getDouble("seconds"))), 0, 0);
				weeks.put(key(week.supplierId(), week.week()), week);
			});
		jdbc.sql("SELECT o.supplier_id, " + WEEK + " AS week_no, COUNT(l.supplier_changed) AS answered,"
				+ " SUM(CASE WHEN l.supplier_changed THEN 1 ELSE 0 END) AS changed"
				+ " FROM purchase_order o JOIN purchase_order_line l"
				+ "   ON l.supplier_id = o.supplier_id AND l.po_number = o.po_number"
				+ " WHERE o.ack_due_at >= ? AND o.ack_due_at < ? GROUP BY o.supplier_id, " + WEEK)
			.params(start, end)
			.query(rs -> {
				LocalDate week = TimeBuckets.week(rs.getLong("week_no"));
				long answered = rs.getLong("answered");
				long changed = rs.getLong("changed");
				weeks.computeIfPresent(key(rs.getString("supplier_id"), week),
						(key, known) -> new AcknowledgementWeek(known.supplierId(), week, known.due(), known.onTime(),
								known.acknowledged(), known.secondsToAcknowledge(), answered, changed));
			});
		return List.copyOf(weeks.values());
	}

	private static String key(String supplierId, LocalDate week) {
		return supplierId + '\u0000' + week;
	}
}

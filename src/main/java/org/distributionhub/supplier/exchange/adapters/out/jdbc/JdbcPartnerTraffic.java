package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.platform.api.TimeBuckets;
import org.distributionhub.supplier.api.FindPartnerTraffic.ParkedWeek;
import org.distributionhub.supplier.exchange.ports.out.PartnerTraffic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts on the time indexes of inbound_message, partner_outbox and mapping_exception, grouped by the database. */
@Repository
class JdbcPartnerTraffic implements PartnerTraffic {

	private final JdbcClient jdbc;

	JdbcPartnerTraffic(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HourlyCount> receivedPerHour(Instant from, Instant to) {
		return perHour("inbound_message", "received_at", from, to);
	}

	@Override
	public List<HourlyCount> sentPerHour(Instant from, Instant to) {
		return perHour("partner_outbox", "created_at", from, to);
	}

	private List<HourlyCount> perHour(String table, String column, Instant from, Instant to) {
		String hour = TimeBuckets.hourOf(column);
		return jdbc.sql("SELECT " + hour + " AS hour_no, COUNT(*) AS n FROM " + table + " WHERE " + column
				+ " >= ? AND " + column + " < ? GROUP BY " + hour + " ORDER BY hour_no")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new HourlyCount(TimeBuckets.hour(rs.getLong("hour_no")), rs.getLong("n")))
			.list();
	}

	@Override
	public List<ParkedWeek> parkedPerWeek(Instant from) {
		String week = TimeBuckets.weekOf("parked_at");
		return jdbc.sql("SELECT supplier_id, " + week + " AS week_no, COUNT(*) AS n FROM mapping_exception "
				+ "WHERE parked_at >= ? GROUP BY supplier_id, " + week + " ORDER BY supplier_id, week_no")
			.param(Timestamp.from(from))
			.query((rs, row) -> new ParkedWeek(rs.getString("supplier_id"), TimeBuckets.week(rs.getLong("week_no")),
					rs.getLong("n")))
			.list();
	}

	@Override
	public Map<String, Long> openParked() {
		Map<String, Long> open = new TreeMap<>();
		jdbc.sql("SELECT supplier_id, COUNT(*) AS n FROM mapping_exception WHERE status = 'OPEN' GROUP BY supplier_id")
			.query(rs -> {
				open.put(rs.getString("supplier_id"), rs.getLong("n"));
			});
		return open;
	}
}

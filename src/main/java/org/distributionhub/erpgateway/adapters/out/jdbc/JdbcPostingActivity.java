package org.distributionhub.erpgateway.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.ports.out.PostingActivity;
import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.platform.api.TimeBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Postings per hour of recorded_at, grouped by the database. */
@Repository
class JdbcPostingActivity implements PostingActivity {

	private static final String HOUR = TimeBuckets.hourOf("recorded_at");

	private final JdbcClient jdbc;

	JdbcPostingActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HourlyCount> recordedPerHour(Instant from, Instant to) {
		return jdbc.sql("SELECT " + HOUR + " AS hour_no, COUNT(*) AS n FROM erp_posting "
				+ "WHERE recorded_at >= ? AND recorded_at < ? GROUP BY " + HOUR + " ORDER BY hour_no")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new HourlyCount(TimeBuckets.hour(rs.getLong("hour_no")), rs.getLong("n")))
			.list();
	}
}

package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.FindEventActivity.EventBacklog;
import org.distributionhub.platform.api.HourlyCount;
import org.distributionhub.platform.api.TimeBuckets;
import org.distributionhub.platform.ports.out.PublicationActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Publications per hour from the archive (its publication_date index) and the open registry (few rows), grouped by
 * the database; the backlog from the open registry alone.
 */
@Repository
class JdbcPublicationActivity implements PublicationActivity {

	private static final String HOUR = TimeBuckets.hourOf("publication_date");

	private final JdbcClient jdbc;

	JdbcPublicationActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HourlyCount> publishedPerHour(Instant from, Instant to) {
		Timestamp start = Timestamp.from(from);
		Timestamp end = Timestamp.from(to);
		return jdbc.sql("SELECT hour_no, SUM(n) AS n FROM (" + perHour("event_publication_archive") + " UNION ALL "
				+ perHour("event_publication") + ") counted GROUP BY hour_no ORDER BY hour_no")
			.params(start, end, start, end)
			.query((rs, row) -> new HourlyCount(TimeBuckets.hour(rs.getLong("hour_no")), rs.getLong("n")))
			.list();
	}

	private static String perHour(String table) {
		return "SELECT " + HOUR + " AS hour_no, COUNT(*) AS n FROM " + table
				+ " WHERE publication_date >= ? AND publication_date < ? GROUP BY " + HOUR;
	}

	@Override
	public EventBacklog backlog() {
		return jdbc.sql("SELECT COUNT(*) AS n, MIN(publication_date) AS oldest FROM event_publication "
				+ "WHERE completion_date IS NULL")
			.query((rs, row) -> {
				Timestamp oldest = rs.getTimestamp("oldest");
				return new EventBacklog(rs.getLong("n"), oldest == null ? null : oldest.toInstant());
			})
			.single();
	}
}

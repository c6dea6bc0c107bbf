package org.distributionhub.console.alerting.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/** Times to and from the alerting tables, at the microsecond both databases keep. */
final class AlertRows {

	private AlertRows() {
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}

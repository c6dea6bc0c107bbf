package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.inventory.ports.model.WarehouseEventStatus;
import org.distributionhub.inventory.ports.out.WarehouseEventLog;
import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warehouse messages taken in, in table warehouse_event, keyed by the WMS's event id, their content as JSON. */
@Repository
class JdbcWarehouseEventLog implements WarehouseEventLog {

	private final JdbcClient jdbc;

	JdbcWarehouseEventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean addIfAbsent(LoggedWarehouseEvent entry) {
		String payload = WarehouseEventJson.write(entry.content());
		return ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO warehouse_event (event_id, type, warehouse, content_hash, payload, channel, file_name,
				    correlation_id, status, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(entry.eventId(), entry.type().name(), entry.content().warehouse(), WarehouseEventJson.hash(payload), payload,
					entry.channel().name(), entry.fileName(), entry.correlationId(), entry.status().name(),
					OffsetDateTime.ofInstant(entry.receivedAt(), ZoneOffset.UTC))
			.update() == 1);
	}

	@Override
	public Optional<LoggedWarehouseEvent> find(String eventId) {
		return jdbc.sql("SELECT * FROM warehouse_event WHERE event_id = ?")
			.param(eventId)
			.query(JdbcWarehouseEventLog::row)
			.optional();
	}

	private static LoggedWarehouseEvent row(ResultSet rs, int row) throws SQLException {
		return new LoggedWarehouseEvent(WarehouseEventJson.read(rs.getString("payload")),
				IntakeChannel.valueOf(rs.getString("channel")), rs.getString("file_name"),
				rs.getString("correlation_id"), WarehouseEventStatus.valueOf(rs.getString("status")),
				instant(rs, "received_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp.toInstant();
	}
}

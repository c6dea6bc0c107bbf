package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Repository;

/**
 * Records a failed invocation against its publication. The registry finds a publication by listener and serialized
 * event, so this does the same to learn the publication id and the attempt number.
 */
@Repository
class JdbcDeliveryAttempts implements DeliveryAttempts {

	private final JdbcClient jdbc;
	private final EventSerializer serializer;
	private final Clock clock;

	JdbcDeliveryAttempts(JdbcClient jdbc, EventSerializer serializer, Clock clock) {
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.clock = clock;
	}

	@Override
	public void recordFailure(String listenerId, Object event, @Nullable UUID eventId,
			@Nullable CorrelationId correlationId, Throwable failure) {
		String serialized = String.valueOf(serializer.serialize(event));
		var publication = jdbc.sql("""
				SELECT id, completion_attempts FROM event_publication
				WHERE listener_id = ? AND serialized_event = ? AND completion_date IS NULL
				ORDER BY publication_date DESC""")
			.params(listenerId, serialized)
			.query((rs, row) -> new Publication(rs.getObject("id", UUID.class), rs.getInt("completion_attempts")))
			.optional();
		Throwable root = rootCause(failure);
		String message = root.getMessage() == null ? failure.toString() : root.getMessage();
		jdbc.sql("""
				INSERT INTO delivery_attempt (publication_id, listener_id, event_id, event_type, attempt, failed_at,
				    error_type, error_message, correlation_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(publication.map(Publication::id).orElse(null), listenerId, eventId, event.getClass().getName(),
					publication.map(Publication::attempts).orElse(0), Timestamp.from(clock.instant()),
					root.getClass().getName(), JdbcAdminAuditTrail.clip(message, 4000),
					correlationId == null ? null : correlationId.value())
			.update();
	}

	private record Publication(UUID id, int attempts) {
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable current = failure;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}
}

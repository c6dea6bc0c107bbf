package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.DeliveryView.AttemptView;
import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads Spring Modulith's registry tables (event_publication, event_publication_archive) and keeps the dead letters
 * beside them in event_dead_letter; a failed publication with a wait in delivery_waiting reads as WAITING. Writes touch
 * only failed rows, with conditions that make them safe to race.
 */
@Repository
class JdbcPublicationRegistry implements PublicationRegistry {

	private static final String ALL_PUBLICATIONS = """
			SELECT id, listener_id, event_type, serialized_event, publication_date, completion_date,
			       CASE WHEN status = 'FAILED' AND EXISTS (SELECT 1 FROM delivery_waiting w
			                                               WHERE w.publication_id = event_publication.id)
			            THEN 'WAITING'
			            ELSE COALESCE(status, CASE WHEN completion_date IS NULL THEN 'PUBLISHED' ELSE 'COMPLETED' END)
			       END AS status,
			       COALESCE(completion_attempts, 1) AS completion_attempts, last_resubmission_date
			  FROM event_publication
			UNION ALL
			SELECT id, listener_id, event_type, serialized_event, publication_date, completion_date, 'COMPLETED',
			       COALESCE(completion_attempts, 1), last_resubmission_date
			  FROM event_publication_archive
			UNION ALL
			SELECT id, listener_id, event_type, serialized_event, publication_date, NULL, 'DEAD_LETTERED',
			       completion_attempts, NULL
			  FROM event_dead_letter""";

	private static final String DELIVERIES = """
			SELECT p.id, p.listener_id, p.event_type, p.serialized_event, p.publication_date,
			       CASE WHEN w.publication_id IS NULL THEN 'FAILED' ELSE 'WAITING' END AS status,
			       COALESCE(p.completion_attempts, 1) AS completion_attempts, CAST(NULL AS VARCHAR(4000)) AS reason,
			       w.waiting_for, w.reason AS waiting_reason, w.waiting_since, w.last_waited_at, w.waits
			  FROM event_publication p LEFT JOIN delivery_waiting w ON w.publication_id = p.id
			 WHERE p.status = 'FAILED' OR w.publication_id IS NOT NULL
			UNION ALL
			SELECT id, listener_id, event_type, serialized_event, publication_date, 'DEAD_LETTERED',
			       completion_attempts, reason, CAST(NULL AS VARCHAR(1000)), CAST(NULL AS VARCHAR(4000)),
			       CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS INT)
			  FROM event_dead_letter""";

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcPublicationRegistry(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<FailedPublication> findFailedWithAtLeast(int attempts, int limit) {
		return jdbc.sql("""
				SELECT id, listener_id, event_type, publication_date, completion_attempts, last_resubmission_date
				  FROM event_publication
				 WHERE status = 'FAILED' AND completion_attempts >= ?
				 ORDER BY publication_date LIMIT ?""")
			.params(attempts, limit)
			.query((rs, row) -> new FailedPublication(rs.getObject("id", UUID.class), rs.getString("listener_id"),
					rs.getString("event_type"), instant(rs, "publication_date"), rs.getInt("completion_attempts"),
					instantOrNull(rs, "last_resubmission_date")))
			.list();
	}

	@Override
	@Transactional
	public boolean deadLetter(UUID publicationId, int minAttempts, String reason) {
		var locked = jdbc.sql("""
				SELECT id FROM event_publication
				 WHERE id = ? AND status = 'FAILED' AND completion_attempts >= ? FOR UPDATE""")
			.params(publicationId, minAttempts)
			.query(UUID.class)
			.optional();
		return locked.isPresent() && moveToDeadLetters(publicationId, reason);
	}

	@Override
	@Transactional
	public boolean deadLetterUnreadable(UUID publicationId, String reason) {
		var locked = jdbc.sql("SELECT id FROM event_publication WHERE id = ? AND status = 'FAILED' FOR UPDATE")
			.param(publicationId)
			.query(UUID.class)
			.optional();
		return locked.isPresent() && moveToDeadLetters(publicationId, reason);
	}

	@Override
	public List<String> openEventTypes() {
		return jdbc.sql("SELECT DISTINCT event_type FROM event_publication").query(String.class).list();
	}

	@Override
	@Transactional
	public int deadLetterEventType(String eventType, Instant quietSince, String reason) {
		var ids = jdbc.sql("""
				SELECT id FROM event_publication
				 WHERE event_type = ?
				   AND (status = 'FAILED' OR COALESCE(last_resubmission_date, publication_date) < ?)
				 FOR UPDATE""")
			.params(eventType, Timestamp.from(quietSince))
			.query(UUID.class)
			.list();
		ids.forEach(id -> moveToDeadLetters(id, reason));
		return ids.size();
	}

	private boolean moveToDeadLetters(UUID publicationId, String reason) {
		String lastError = jdbc.sql("""
				SELECT error_type, error_message FROM delivery_attempt WHERE publication_id = ?
				 ORDER BY failed_at DESC, id DESC LIMIT 1""")
			.param(publicationId)
			.query((rs, row) -> shortType(rs.getString("error_type")) + ": " + rs.getString("error_message"))
			.optional()
			.map(error -> "; last error: " + error)
			.orElse("");
		jdbc.sql("""
				INSERT INTO event_dead_letter (id, listener_id, event_type, serialized_event, publication_date,
				    completion_attempts, dead_lettered_at, reason)
				SELECT id, listener_id, event_type, serialized_event, publication_date,
				       COALESCE(completion_attempts, 1), ?, ?
				  FROM event_publication WHERE id = ?""")
			.params(Timestamp.from(clock.instant()), JdbcAdminAuditTrail.clip(reason + lastError, 4000), publicationId)
			.update();
		return jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(publicationId).update() == 1;
	}

	@Override
	@Transactional
	public int resetFailed(Collection<UUID> publicationIds) {
		int count = 0;
		for (UUID id : publicationIds) {
			count += jdbc.sql("""
					UPDATE event_publication SET completion_attempts = 0, last_resubmission_date = NULL
					 WHERE id = ? AND status = 'FAILED'""")
				.param(id)
				.update();
		}
		return count;
	}

	@Override
	@Transactional
	public int restoreDeadLetters(Collection<UUID> publicationIds) {
		int count = 0;
		for (UUID id : publicationIds) {
			var locked = jdbc.sql("SELECT id FROM event_dead_letter WHERE id = ? FOR UPDATE")
				.param(id)
				.query(UUID.class)
				.optional();
			if (locked.isEmpty()) {
				continue;
			}
			int copied = jdbc.sql("""
					INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
					    status, completion_attempts, last_resubmission_date)
					SELECT id, listener_id, event_type, serialized_event, publication_date, 'FAILED', 0, NULL
					  FROM event_dead_letter WHERE id = ?""")
				.param(id)
				.update();
			if (copied == 1) {
				jdbc.sql("DELETE FROM event_dead_letter WHERE id = ?").param(id).update();
				count++;
			}
		}
		return count;
	}

	@Override
	public List<UUID> findDeliveryIds(DeliveryFilter filter, int limit) {
		var where = deliveryWhere(filter);
		return jdbc.sql("SELECT id FROM (" + DELIVERIES + ") d" + where.sql() + " ORDER BY publication_date LIMIT ?")
			.params(where.paramsAnd(limit))
			.query(UUID.class)
			.list();
	}

	@Override
	public PageOf<DeliveryView> findDeliveries(DeliveryFilter filter, int page, int size) {
		var where = deliveryWhere(filter);
		long total = jdbc.sql("SELECT COUNT(*) FROM (" + DELIVERIES + ") d" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var rows = jdbc.sql("SELECT * FROM (" + DELIVERIES + ") d" + where.sql()
				+ " ORDER BY publication_date DESC LIMIT ? OFFSET ?")
			.params(where.paramsAnd(size, (long) page * size))
			.query(this::toDelivery)
			.list();
		return new PageOf<>(rows, page, size, total);
	}

	@Override
	public Optional<DeliveryView> findDelivery(UUID publicationId) {
		return jdbc.sql("SELECT * FROM (" + DELIVERIES + ") d WHERE id = ?")
			.param(publicationId)
			.query(this::toDelivery)
			.optional();
	}

	@Override
	public List<DeliveryView> findWaitingSince(Instant before, int limit) {
		return jdbc.sql("SELECT * FROM (" + DELIVERIES + ") d WHERE status = 'WAITING' AND waiting_since < ?"
				+ " ORDER BY waiting_since LIMIT ?")
			.params(Timestamp.from(before), limit)
			.query(this::toDelivery)
			.list();
	}

	@Override
	public PageOf<EventLogEntryView> findLog(EventLogFilter filter, int page, int size) {
		var where = logWhere(filter);
		long total = jdbc.sql("SELECT COUNT(*) FROM (" + ALL_PUBLICATIONS + ") p" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var rows = jdbc.sql("SELECT * FROM (" + ALL_PUBLICATIONS + ") p" + where.sql()
				+ " ORDER BY publication_date DESC, id LIMIT ? OFFSET ?")
			.params(where.paramsAnd(size, (long) page * size))
			.query(JdbcPublicationRegistry::toLogEntry)
			.list();
		return new PageOf<>(rows, page, size, total);
	}

	@Override
	public void forEachInLog(EventLogFilter filter, Consumer<EventLogEntryView> consumer) {
		var where = logWhere(filter);
		try (var rows = jdbc.sql("SELECT * FROM (" + ALL_PUBLICATIONS + ") p" + where.sql()
				+ " ORDER BY publication_date DESC, id")
			.params(where.params())
			.withFetchSize(500)
			.query(JdbcPublicationRegistry::toLogEntry)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private DeliveryView toDelivery(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<AttemptView> history = jdbc.sql("""
				SELECT attempt, failed_at, error_type, error_message FROM delivery_attempt
				 WHERE publication_id = ? ORDER BY failed_at, id""")
			.param(id)
			.query((attempts, n) -> new AttemptView(attempts.getInt("attempt"), instant(attempts, "failed_at"),
					attempts.getString("error_type"), attempts.getString("error_message")))
			.list();
		AttemptView last = history.isEmpty() ? null : history.get(history.size() - 1);
		String reason = rs.getString("reason");
		String lastError = reason != null ? reason
				: last == null ? null : shortType(last.errorType()) + ": " + last.errorMessage();
		Instant waitingSince = instantOrNull(rs, "waiting_since");
		var waiting = waitingSince == null ? null
				: new DeliveryView.Waiting(rs.getString("waiting_for"), rs.getString("waiting_reason"), waitingSince,
						rs.getInt("waits"), instant(rs, "last_waited_at"), null);
		return new DeliveryView(id, rs.getString("event_type"), rs.getString("listener_id"),
				PublicationStatus.valueOf(rs.getString("status")), instant(rs, "publication_date"),
				rs.getInt("completion_attempts"), lastError, last == null ? null : last.failedAt(), null,
				rs.getString("serialized_event"), history, waiting);
	}

	static EventLogEntryView toLogEntry(ResultSet rs, int row) throws SQLException {
		return new EventLogEntryView(rs.getObject("id", UUID.class), rs.getString("event_type"),
				rs.getString("listener_id"), PublicationStatus.valueOf(rs.getString("status")),
				instant(rs, "publication_date"), instantOrNull(rs, "completion_date"),
				rs.getInt("completion_attempts"), instantOrNull(rs, "last_resubmission_date"),
				rs.getString("serialized_event"));
	}

	private static Where logWhere(EventLogFilter filter) {
		var where = new Where();
		where.like("event_type", filter.eventType());
		where.like("listener_id", filter.listener());
		where.like("serialized_event", filter.payloadText());
		if (filter.status() != null) {
			where.add("status = ?", filter.status().name());
		}
		if (filter.from() != null) {
			where.add("publication_date >= ?", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.add("publication_date < ?", Timestamp.from(filter.to()));
		}
		return where;
	}

	private static Where deliveryWhere(DeliveryFilter filter) {
		var where = new Where();
		where.like("event_type", filter.eventType());
		where.like("listener_id", filter.listener());
		if (filter.status() != null) {
			where.add("status = ?", filter.status().name());
		}
		return where;
	}

	private static String shortType(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}

package org.distributionhub.platform.adapters.out.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.FindEventsByKey.FailedAttempt;
import org.distributionhub.platform.ports.out.PublicationKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads publication_key by its primary key (key, then newest first) and the publications it names by their ids in
 * the registry, its archive and the dead letters: index look-ups only, however many publications there are.
 */
@Repository
class JdbcPublicationKeys implements PublicationKeys {

	private static final String COLUMNS = "id, listener_id, event_type, serialized_event, publication_date";

	private final JdbcClient jdbc;

	JdbcPublicationKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KeyedId> newest(String key, int limit) {
		return jdbc.sql("""
				SELECT publication_id, key_kind FROM publication_key WHERE business_key = ?
				 ORDER BY published_at DESC LIMIT ?""")
			.params(key, limit)
			.query((rs, row) -> new KeyedId(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	@Override
	public List<EventLogEntryView> publications(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = new ArrayList<EventLogEntryView>();
		found.addAll(jdbc.sql("SELECT " + COLUMNS + """
				, completion_date,
				       COALESCE(status, CASE WHEN completion_date IS NULL THEN 'PUBLISHED' ELSE 'COMPLETED' END) AS status,
				       COALESCE(completion_attempts, 1) AS completion_attempts, last_resubmission_date
				  FROM event_publication WHERE id IN (:ids)""")
			.param("ids", ids)
			.query(JdbcPublicationRegistry::toLogEntry)
			.list());
		found.addAll(jdbc.sql("SELECT " + COLUMNS + """
				, completion_date, 'COMPLETED' AS status,
				       COALESCE(completion_attempts, 1) AS completion_attempts, last_resubmission_date
				  FROM event_publication_archive WHERE id IN (:ids)""")
			.param("ids", ids)
			.query(JdbcPublicationRegistry::toLogEntry)
			.list());
		found.addAll(jdbc.sql("SELECT " + COLUMNS + """
				, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS completion_date, 'DEAD_LETTERED' AS status,
				       completion_attempts, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS last_resubmission_date
				  FROM event_dead_letter WHERE id IN (:ids)""")
			.param("ids", ids)
			.query(JdbcPublicationRegistry::toLogEntry)
			.list());
		return found;
	}

	@Override
	public Map<UUID, List<FailedAttempt>> failures(Collection<UUID> ids) {
		var failures = new HashMap<UUID, List<FailedAttempt>>();
		if (ids.isEmpty()) {
			return failures;
		}
		jdbc.sql("""
				SELECT publication_id, attempt, failed_at, error_type, error_message FROM delivery_attempt
				 WHERE publication_id IN (:ids) ORDER BY failed_at, id""")
			.param("ids", ids)
			.query(rs -> {
				String type = rs.getString("error_type");
				String message = rs.getString("error_message");
				failures.computeIfAbsent(rs.getObject("publication_id", UUID.class), id -> new ArrayList<>())
					.add(new FailedAttempt(rs.getInt("attempt"), JdbcPublicationRegistry.instant(rs, "failed_at"),
							type.substring(type.lastIndexOf('.') + 1) + (message == null ? "" : ": " + message)));
			});
		return failures;
	}

	@Override
	public Map<UUID, DeadLetter> deadLetters(Collection<UUID> ids) {
		var letters = new LinkedHashMap<UUID, DeadLetter>();
		if (ids.isEmpty()) {
			return letters;
		}
		jdbc.sql("SELECT id, dead_lettered_at, reason FROM event_dead_letter WHERE id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				letters.put(rs.getObject("id", UUID.class),
						new DeadLetter(JdbcPublicationRegistry.instant(rs, "dead_lettered_at"), rs.getString("reason")));
			});
		return letters;
	}
}

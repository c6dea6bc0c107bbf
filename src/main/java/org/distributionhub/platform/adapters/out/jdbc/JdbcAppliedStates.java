package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.distributionhub.platform.ports.out.AppliedStates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applied version moves only forward. On PostgreSQL that is one INSERT ... ON CONFLICT DO UPDATE guarded by
 * {@code state_version < EXCLUDED.state_version}: a concurrent delivery for the same object waits for the other's row
 * and then re-checks the guard. Unlike a guarded UPDATE, it keeps the row locked to the end of the transaction also
 * when the guard holds it back (an older delivery), so a newer delivery for the object waits for the older one's
 * listener; deliveries advance their objects in sorted order, so they never wait for each other in a circle. H2 has
 * no ON CONFLICT DO UPDATE, so there it is an UPDATE guarded by {@code state_version < ?}, else the first INSERT, else
 * (another delivery inserted the row meanwhile and committed) the guarded UPDATE once more, each asked again until
 * the other transaction ended.
 */
@Repository
class JdbcAppliedStates implements AppliedStates {

	private static final int LOOKUP_CHUNK = 200;

	private final JdbcClient jdbc;
	private final DatabaseProduct database;

	JdbcAppliedStates(JdbcClient jdbc, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	@Override
	public Optional<Applied> advance(String listener, String object, long version, UUID eventId, Instant at) {
		return ConcurrentWrites.retried(() -> {
			if (applied(listener, object, version, eventId, at)) {
				return Optional.empty();
			}
			return jdbc.sql("SELECT state_version, event_id FROM applied_state WHERE listener = ? AND object_key = ?")
				.params(listener, object)
				.query((rs, row) -> new Applied(rs.getLong(1), rs.getObject(2, UUID.class)))
				.optional();
		});
	}

	private boolean applied(String listener, String object, long version, UUID eventId, Instant at) {
		if (database.isPostgres()) {
			return insertOrMoveForward(listener, object, version, eventId, at);
		}
		return moveForward(listener, object, version, eventId, at)
				|| insertFirst(listener, object, version, eventId, at)
				|| moveForward(listener, object, version, eventId, at);
	}

	private boolean insertOrMoveForward(String listener, String object, long version, UUID eventId, Instant at) {
		return jdbc.sql("""
				INSERT INTO applied_state (listener, object_key, state_version, event_id, applied_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (listener, object_key) DO UPDATE
				  SET state_version = EXCLUDED.state_version, event_id = EXCLUDED.event_id,
				      applied_at = EXCLUDED.applied_at
				WHERE applied_state.state_version < EXCLUDED.state_version""")
			.params(listener, object, version, eventId, Timestamp.from(at))
			.update() == 1;
	}

	private boolean moveForward(String listener, String object, long version, UUID eventId, Instant at) {
		return jdbc.sql("""
				UPDATE applied_state SET state_version = ?, event_id = ?, applied_at = ?
				 WHERE listener = ? AND object_key = ? AND state_version < ?""")
			.params(version, eventId, Timestamp.from(at), listener, object, version)
			.update() == 1;
	}

	private boolean insertFirst(String listener, String object, long version, UUID eventId, Instant at) {
		return jdbc.sql("""
				INSERT INTO applied_state (listener, object_key, state_version, event_id, applied_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(listener, object, version, eventId, Timestamp.from(at))
			.update() == 1;
	}

	@Override
	public void recordSuperseded(Superseded superseded) {
		ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO superseded_delivery (listener_id, event_id, object_key, state_version, applied_version,
				  applied_event_id, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(superseded.listenerId(), superseded.eventId(), superseded.object(), superseded.version(),
					superseded.applied().version(), superseded.applied().eventId(), Timestamp.from(superseded.at()))
			.update());
	}

	@Override
	public Map<Delivery, String> supersededOf(Collection<Delivery> deliveries) {
		Map<Delivery, String> found = new LinkedHashMap<>();
		List<Delivery> all = List.copyOf(deliveries);
		for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
			List<Delivery> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
			List<Object> params = new ArrayList<>();
			StringBuilder pairs = new StringBuilder();
			for (Delivery delivery : chunk) {
				pairs.append(pairs.isEmpty() ? "" : " OR ").append("(listener_id = ? AND event_id = ?)");
				params.add(delivery.listenerId());
				params.add(delivery.eventId());
			}
			jdbc.sql("""
					SELECT listener_id, event_id, object_key, state_version, applied_version FROM superseded_delivery
					 WHERE %s ORDER BY listener_id, event_id, object_key""".formatted(pairs))
				.params(params)
				.query((rs, row) -> {
					var delivery = new Delivery(rs.getString(1), rs.getObject(2, UUID.class));
					String words = rs.getString(3) + " at version " + rs.getLong(4) + " (version "
							+ rs.getLong(5) + " was applied)";
					found.merge(delivery, words, (before, more) -> before + "; " + more);
					return delivery;
				})
				.list();
		}
		return found;
	}

	@Override
	public int forgetOlderThan(Instant instant) {
		return jdbc.sql("DELETE FROM applied_state WHERE applied_at < ?").param(Timestamp.from(instant)).update();
	}
}

package org.distributionhub.console.alerting.adapters.out.jdbc;

import static org.distributionhub.console.alerting.adapters.out.jdbc.AlertRows.at;
import static org.distributionhub.console.alerting.adapters.out.jdbc.AlertRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.distributionhub.console.alerting.ports.out.AlertNotifications;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications due, oldest first (a RESOLVED one waits while its FIRED one on the same channel is still
 * pending), claimed by a guarded UPDATE of claimed_until so only one hub sends each.
 */
@Repository
class JdbcAlertNotifications implements AlertNotifications {

	private static final String DUE = "n.status = 'PENDING' AND n.next_attempt_at <= :now "
			+ "AND (n.claimed_until IS NULL OR n.claimed_until < :now)";

	private final JdbcClient jdbc;

	JdbcAlertNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DueNotification> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT n.id, n.channel, n.transition, n.attempts, a.rule_id, a.rule_name, a.kind, a.business_key,
				       a.summary, a.link, a.since, a.fired_at, a.resolved_at
				FROM alert_notification n JOIN alert a ON a.id = n.alert_id
				WHERE %s AND NOT (n.transition = 'RESOLVED' AND EXISTS (SELECT 1 FROM alert_notification f
				    WHERE f.alert_id = n.alert_id AND f.channel = n.channel AND f.transition = 'FIRED'
				      AND f.status = 'PENDING'))
				ORDER BY n.next_attempt_at, n.id LIMIT :limit""".formatted(DUE))
			.param("now", at(now))
			.param("limit", limit)
			.query(JdbcAlertNotifications::toDue)
			.list();
	}

	@Override
	public boolean claim(UUID id, Instant now, Instant until) {
		return jdbc.sql("UPDATE alert_notification n SET claimed_until = :until WHERE n.id = :id AND " + DUE)
			.param("until", at(until))
			.param("id", id)
			.param("now", at(now))
			.update() == 1;
	}

	@Override
	public void sent(UUID id, Instant at) {
		jdbc.sql("""
				UPDATE alert_notification SET status = 'SENT', attempts = attempts + 1, sent_at = ?, claimed_until = NULL
				WHERE id = ?""").params(at(at), id).update();
	}

	@Override
	public void failed(UUID id, int attempts, String error, @Nullable Instant nextAttempt) {
		if (nextAttempt == null) {
			jdbc.sql("""
					UPDATE alert_notification SET status = 'GAVE_UP', attempts = ?, last_error = ?, claimed_until = NULL
					WHERE id = ?""").params(attempts, error, id).update();
			return;
		}
		jdbc.sql("""
				UPDATE alert_notification SET attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = NULL
				WHERE id = ?""").params(attempts, error, at(nextAttempt), id).update();
	}

	private static DueNotification toDue(ResultSet rs, int row) throws SQLException {
		var notice = new AlertNotice(rs.getString("transition"), rs.getString("rule_id"), rs.getString("rule_name"),
				rs.getString("kind"), rs.getString("business_key"),
				rs.getString("summary"), rs.getString("link"), Objects.requireNonNull(instant(rs, "since")),
				Objects.requireNonNull(instant(rs, "fired_at")), instant(rs, "resolved_at"));
		return new DueNotification(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getInt("attempts"),
				notice);
	}
}

package org.distributionhub.console.alerting.adapters.out.jdbc;

import static org.distributionhub.console.alerting.adapters.out.jdbc.AlertRows.at;
import static org.distributionhub.console.alerting.adapters.out.jdbc.AlertRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.console.alerting.ports.out.Alerts.AlertRecord;
import org.distributionhub.console.alerting.ports.out.Alerts.NotificationRecord;
import org.distributionhub.platform.api.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Fires (INSERT ... ON CONFLICT DO NOTHING on the open key) and resolves (a guarded UPDATE) alerts, and pages them. */
@Repository
class JdbcAlerts implements Alerts {

	private final JdbcClient jdbc;

	JdbcAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<AlertKey, UUID> open() {
		Map<AlertKey, UUID> open = new HashMap<>();
		jdbc.sql("SELECT id, rule_id, kind, business_key FROM alert WHERE resolved_at IS NULL")
			.query(rs -> {
				open.put(new AlertKey(rs.getString("rule_id"), rs.getString("kind"),
						rs.getString("business_key")), rs.getObject("id", UUID.class));
			});
		return open;
	}

	@Override
	@Transactional
	public boolean fire(NewAlert alert, List<String> channels) {
		int inserted = jdbc.sql("""
				INSERT INTO alert (id, rule_id, rule_name, kind, business_key, summary, link, since, fired_at, open_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(alert.id(), alert.key().ruleId(), alert.ruleName(), alert.key().kind(),
					clip(alert.key().businessKey(), 500), clip(alert.summary(), 2000), clip(alert.link(), 1000),
					at(alert.since()), at(alert.firedAt()), alert.key().value())
			.update();
		if (inserted == 1) {
			queue(alert.id(), AlertNotice.FIRED, channels, alert.firedAt());
		}
		return inserted == 1;
	}

	@Override
	@Transactional
	public boolean resolve(UUID alertId, Instant at, List<String> channels) {
		int updated = jdbc.sql("UPDATE alert SET resolved_at = ?, open_key = NULL WHERE id = ? AND resolved_at IS NULL")
			.params(at(at), alertId)
			.update();
		if (updated == 1) {
			queue(alertId, AlertNotice.RESOLVED, channels, at);
		}
		return updated == 1;
	}

	private void queue(UUID alertId, String transition, List<String> channels, Instant due) {
		for (String channel : channels) {
			jdbc.sql("""
					INSERT INTO alert_notification (id, alert_id, transition, channel, status, attempts, next_attempt_at)
					VALUES (?, ?, ?, ?, 'PENDING', 0, ?)""")
				.params(UUID.randomUUID(), alertId, transition, channel, at(due))
				.update();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<AlertRecord> find(boolean openOnly, int page, int size) {
		String where = openOnly ? " WHERE resolved_at IS NULL" : "";
		long total = jdbc.sql("SELECT COUNT(*) FROM alert" + where).query(Long.class).single();
		Map<UUID, AlertRecord> alerts = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM alert" + where + " ORDER BY fired_at DESC, id LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query(JdbcAlerts::toView)
			.list()
			.forEach(alert -> alerts.put(alert.id(), alert));
		if (alerts.isEmpty()) {
			return new PageOf<>(List.of(), page, size, total);
		}
		Map<UUID, List<NotificationRecord>> notifications = new HashMap<>();
		jdbc.sql("SELECT * FROM alert_notification WHERE alert_id IN (:ids) ORDER BY transition, channel")
			.param("ids", List.copyOf(alerts.keySet()))
			.query(rs -> {
				notifications.computeIfAbsent(rs.getObject("alert_id", UUID.class), id -> new ArrayList<>())
					.add(toNotification(rs));
			});
		var items = alerts.values()
			.stream()
			.map(alert -> new AlertRecord(alert.id(), alert.ruleId(), alert.ruleName(), alert.kind(),
					alert.businessKey(), alert.summary(), alert.link(), alert.since(), alert.firedAt(),
					alert.resolvedAt(), notifications.getOrDefault(alert.id(), List.of())))
			.toList();
		return new PageOf<>(items, page, size, total);
	}

	private static AlertRecord toView(ResultSet rs, int row) throws SQLException {
		return new AlertRecord(rs.getObject("id", UUID.class), rs.getString("rule_id"), rs.getString("rule_name"),
				rs.getString("kind"), rs.getString("business_key"), rs.getString("summary"),
				rs.getString("link"), Objects.requireNonNull(instant(rs, "since")),
				Objects.requireNonNull(instant(rs, "fired_at")), instant(rs, "resolved_at"), List.of());
	}

	private static NotificationRecord toNotification(ResultSet rs) throws SQLException {
		return new NotificationRecord(rs.getString("transition"), rs.getString("channel"), rs.getString("status"),
				rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "sent_at"),
				Objects.requireNonNull(instant(rs, "next_attempt_at")));
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}

package org.distributionhub.console.alerting.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.distributionhub.console.alerting.ports.out.AlertNotifications;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.console.alerting.ports.out.Alerts.AlertRecord;
import org.distributionhub.console.alerting.ports.out.Alerts.NotificationRecord;
import org.distributionhub.platform.api.PageOf;
import org.jspecify.annotations.Nullable;

/** The alert history in memory, one store shared by several "hubs", with the JDBC adapter's claims and unique key. */
class InMemoryAlerts implements Alerts, AlertNotifications {

	private final Map<UUID, Row> alerts = new LinkedHashMap<>();
	private final Map<String, UUID> openKeys = new HashMap<>();
	private final Map<UUID, Note> notes = new LinkedHashMap<>();
	/** Runs once after the next open(): another hub acting between this one's read and its claim. */
	@Nullable Runnable afterNextOpen;

	private static final class Row {
		final NewAlert alert;
		@Nullable Instant resolvedAt;

		Row(NewAlert alert) {
			this.alert = alert;
		}
	}

	private static final class Note {
		final UUID alertId;
		final String transition;
		final String channel;
		String status = "PENDING";
		int attempts;
		Instant nextAttemptAt;
		@Nullable Instant claimedUntil;
		@Nullable String lastError;
		@Nullable Instant sentAt;

		Note(UUID alertId, String transition, String channel, Instant due) {
			this.alertId = alertId;
			this.transition = transition;
			this.channel = channel;
			this.nextAttemptAt = due;
		}
	}

	@Override
	public synchronized Map<AlertKey, UUID> open() {
		Map<AlertKey, UUID> open = new HashMap<>();
		alerts.forEach((id, row) -> {
			if (row.resolvedAt == null) {
				open.put(row.alert.key(), id);
			}
		});
		var hook = afterNextOpen;
		afterNextOpen = null;
		if (hook != null) {
			hook.run();
		}
		return open;
	}

	@Override
	public synchronized boolean fire(NewAlert alert, List<String> channels) {
		if (openKeys.putIfAbsent(alert.key().value(), alert.id()) != null) {
			return false;
		}
		alerts.put(alert.id(), new Row(alert));
		channels.forEach(channel -> queue(alert.id(), AlertNotice.FIRED, channel, alert.firedAt()));
		return true;
	}

	@Override
	public synchronized boolean resolve(UUID alertId, Instant at, List<String> channels) {
		Row row = Objects.requireNonNull(alerts.get(alertId));
		if (row.resolvedAt != null) {
			return false;
		}
		row.resolvedAt = at;
		openKeys.remove(row.alert.key().value());
		channels.forEach(channel -> queue(alertId, AlertNotice.RESOLVED, channel, at));
		return true;
	}

	private void queue(UUID alertId, String transition, String channel, Instant due) {
		notes.put(UUID.randomUUID(), new Note(alertId, transition, channel, due));
	}

	@Override
	public synchronized PageOf<AlertRecord> find(boolean openOnly, int page, int size) {
		List<AlertRecord> all = alerts.entrySet()
			.stream()
			.filter(entry -> !openOnly || entry.getValue().resolvedAt == null)
			.map(entry -> view(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(AlertRecord::firedAt).reversed())
			.toList();
		int from = Math.min(all.size(), page * size);
		return new PageOf<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
	}

	private AlertRecord view(UUID id, Row row) {
		var alert = row.alert;
		List<NotificationRecord> views = notes.values()
			.stream()
			.filter(note -> note.alertId.equals(id))
			.map(note -> new NotificationRecord(note.transition, note.channel, note.status, note.attempts,
					note.lastError, note.sentAt, note.nextAttemptAt))
			.toList();
		return new AlertRecord(id, alert.key().ruleId(), alert.ruleName(), alert.key().kind(),
				alert.key().businessKey(), alert.summary(), alert.link(), alert.since(), alert.firedAt(),
				row.resolvedAt, views);
	}

	@Override
	public synchronized List<DueNotification> due(Instant now, int limit) {
		List<DueNotification> due = new ArrayList<>();
		notes.forEach((id, note) -> {
			if (isDue(note, now) && !waitsForItsFiring(note) && due.size() < limit) {
				Row row = alerts.get(note.alertId);
				var alert = row.alert;
				due.add(new DueNotification(id, note.channel, note.attempts,
						new AlertNotice(note.transition, alert.key().ruleId(), alert.ruleName(), alert.key().kind(),
								alert.key().businessKey(), alert.summary(), alert.link(), alert.since(),
								alert.firedAt(), row.resolvedAt)));
			}
		});
		return due;
	}

	private boolean waitsForItsFiring(Note note) {
		return note.transition.equals(AlertNotice.RESOLVED) && notes.values()
			.stream()
			.anyMatch(other -> other.alertId.equals(note.alertId) && other.channel.equals(note.channel)
					&& other.transition.equals(AlertNotice.FIRED) && other.status.equals("PENDING"));
	}

	private static boolean isDue(Note note, Instant now) {
		return note.status.equals("PENDING") && !note.nextAttemptAt.isAfter(now)
				&& (note.claimedUntil == null || note.claimedUntil.isBefore(now));
	}

	@Override
	public synchronized boolean claim(UUID id, Instant now, Instant until) {
		Note note = notes.get(id);
		if (!isDue(note, now)) {
			return false;
		}
		note.claimedUntil = until;
		return true;
	}

	@Override
	public synchronized void sent(UUID id, Instant at) {
		Note note = notes.get(id);
		note.status = "SENT";
		note.attempts++;
		note.sentAt = at;
		note.claimedUntil = null;
	}

	@Override
	public synchronized void failed(UUID id, int attempts, String error, @Nullable Instant nextAttempt) {
		Note note = notes.get(id);
		note.attempts = attempts;
		note.lastError = error;
		note.claimedUntil = null;
		if (nextAttempt == null) {
			note.status = "GAVE_UP";
		}
		else {
			note.nextAttemptAt = nextAttempt;
		}
	}
}

package org.distributionhub.console.alerting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.distributionhub.console.alerting.ports.out.AlertRuleEdits;
import org.distributionhub.console.ports.in.BusinessImpact;
import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.PageOf;

/** In-memory stand-ins for what alerting needs: incidents, a clock, channels, rule edits and the audit trail. */
final class AlertingFakes {

	private AlertingFakes() {
	}

	static Incident incident(IncidentKind kind, String key, Instant since) {
		return new Incident(kind, key, since, kind + " " + key, BusinessImpact.none(), "/console/x/" + key);
	}

	/** Incidents a test sets as it likes. */
	static final class FakeIncidents implements FindIncidents {

		final List<Incident> current = new CopyOnWriteArrayList<>();

		@Override
		public List<Incident> current() {
			return List.copyOf(current);
		}
	}

	/** A clock the test moves. */
	static final class TestClock extends Clock {

		Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/** A channel that records what it was asked to send, and fails while told to. */
	static final class RecordingChannel implements AlertChannel {

		final String name;
		final List<AlertNotice> sent = new CopyOnWriteArrayList<>();
		volatile boolean failing;

		RecordingChannel(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public boolean configured() {
			return true;
		}

		@Override
		public void send(AlertNotice notice) {
			if (failing) {
				throw new IllegalStateException(name + " unreachable");
			}
			sent.add(notice);
		}
	}

	static final class InMemoryRuleEdits implements AlertRuleEdits {

		final Map<String, EditedRule> rules = new LinkedHashMap<>();

		@Override
		public List<EditedRule> all() {
			return List.copyOf(rules.values());
		}

		@Override
		public void save(EditedRule rule) {
			rules.put(rule.id(), rule);
		}

		@Override
		public boolean delete(String id) {
			return rules.remove(id) != null;
		}
	}

	static final class RecordingAudit implements AdminAudit {

		final List<AdminAuditEntryView> entries = new ArrayList<>();

		@Override
		public AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome) {
			var entry = new AdminAuditEntryView(entries.size() + 1, Instant.EPOCH, actor, action, target, reason,
					outcome);
			entries.add(entry);
			return entry;
		}

		@Override
		public PageOf<AdminAuditEntryView> find(int page, int size) {
			return new PageOf<>(List.copyOf(entries), page, size, entries.size());
		}
	}
}

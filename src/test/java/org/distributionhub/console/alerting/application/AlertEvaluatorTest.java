package org.distributionhub.console.alerting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.console.alerting.application.AlertingFakes.incident;
import static org.distributionhub.console.ports.in.IncidentKind.DELIVERY_DEAD_LETTERED;
import static org.distributionhub.console.ports.in.IncidentKind.ERP_POSTING_PARKED;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.console.alerting.application.AlertingFakes.FakeIncidents;
import org.distributionhub.console.alerting.application.AlertingFakes.InMemoryRuleEdits;
import org.distributionhub.console.alerting.application.AlertingFakes.RecordingAudit;
import org.distributionhub.console.alerting.application.AlertingFakes.RecordingChannel;
import org.distributionhub.console.alerting.application.AlertingFakes.TestClock;
import org.distributionhub.console.alerting.ports.in.EvaluateAlerts.EvaluationRound;
import org.distributionhub.console.alerting.ports.in.ManageAlertRules.SaveAlertRuleCommand;
import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.junit.jupiter.api.Test;

/** The fire-once, resolve-once state machine over a fake of the incidents and an in-memory alert history. */
class AlertEvaluatorTest {

	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	final TestClock clock = new TestClock(START);
	final FakeIncidents incidents = new FakeIncidents();
	final InMemoryAlerts store = new InMemoryAlerts();
	final InMemoryRuleEdits edits = new InMemoryRuleEdits();
	final RecordingAudit audit = new RecordingAudit();
	final RecordingChannel webhook = new RecordingChannel("webhook");
	final RecordingChannel email = new RecordingChannel("email");
	final AlertingProperties properties = properties(Map.of("dead-letters",
			new AlertingProperties.Rule("Dead letters", List.of(DELIVERY_DEAD_LETTERED), 1, Duration.ZERO, true),
			"erp-backlog", new AlertingProperties.Rule("ERP backlog", List.of(ERP_POSTING_PARKED), 2,
					Duration.ofMinutes(15), true)));
	final AlertRuleService rules = new AlertRuleService(properties, edits, audit, clock);

	/** One hub over the shared store: its own evaluator and sender. */
	record Hub(AlertEvaluator evaluator, NotificationSender sender) {
	}

	Hub hub() {
		List<AlertChannel> channels = List.of(webhook, email);
		return new Hub(new AlertEvaluator(incidents, rules, store, channels, (counts, oldest) -> {
		}, clock), new NotificationSender(store, channels, properties, clock));
	}

	@Test
	void anIncidentFiresOnceWhileItLastsAndResolvesOnceWhenItClears() {
		var hub = hub();
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-1", START.minusSeconds(60)));

		assertThat(hub.evaluator().evaluate()).isEqualTo(new EvaluationRound(1, 1, 0));
		clock.advance(Duration.ofSeconds(30));
		assertThat(hub.evaluator().evaluate()).isEqualTo(new EvaluationRound(1, 0, 0));
		assertThat(hub.sender().sendDue()).isEqualTo(2);
		assertThat(hub.sender().sendDue()).isZero();

		assertThat(transitions(webhook.sent)).containsExactly("FIRED");
		assertThat(transitions(email.sent)).containsExactly("FIRED");
		AlertNotice fired = webhook.sent.get(0);
		assertThat(fired.ruleId()).isEqualTo("dead-letters");
		assertThat(fired.businessKey()).isEqualTo("publication p-1");
		assertThat(fired.link()).isEqualTo("http://hub.example:8080/console/x/publication p-1");
		assertThat(fired.text()).startsWith("[FIRING] Dead letters: DELIVERY_DEAD_LETTERED publication p-1");

		incidents.current.clear();
		clock.advance(Duration.ofSeconds(30));
		assertThat(hub.evaluator().evaluate()).isEqualTo(new EvaluationRound(0, 0, 1));
		assertThat(hub.evaluator().evaluate()).isEqualTo(new EvaluationRound(0, 0, 0));
		hub.sender().sendDue();
		hub.sender().sendDue();

		assertThat(transitions(webhook.sent)).containsExactly("FIRED", "RESOLVED");
		assertThat(transitions(email.sent)).containsExactly("FIRED", "RESOLVED");
		var history = store.find(false, 0, 10).items();
		assertThat(history).singleElement().satisfies(alert -> {
			assertThat(alert.firedAt()).isEqualTo(START);
			assertThat(alert.resolvedAt()).isEqualTo(START.plusSeconds(60));
		});
		assertThat(store.find(true, 0, 10).total()).isZero();
	}

	@Test
	void aRestartedHubDoesNotFireAgainAndAClearedIncidentThatReturnsFiresAnew() {
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-2", START));
		hub().evaluator().evaluate();

		var restarted = hub();
		assertThat(restarted.evaluator().evaluate().fired()).isZero();

		incidents.current.clear();
		assertThat(restarted.evaluator().evaluate().resolved()).isEqualTo(1);
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-2", START));
		assertThat(restarted.evaluator().evaluate().fired()).isEqualTo(1);
		assertThat(store.find(false, 0, 10).total()).isEqualTo(2);
	}

	@Test
	void ofTwoHubsDecidingTheSameAlertAtOnceOnlyOneFiresAndOnlyOneResolves() {
		var first = hub();
		var second = hub();
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-3", START));

		store.afterNextOpen = () -> assertThat(second.evaluator().evaluate().fired()).isEqualTo(1);
		assertThat(first.evaluator().evaluate().fired()).isZero();

		incidents.current.clear();
		store.afterNextOpen = () -> assertThat(second.evaluator().evaluate().resolved()).isEqualTo(1);
		assertThat(first.evaluator().evaluate().resolved()).isZero();

		first.sender().sendDue();
		second.sender().sendDue();
		assertThat(transitions(webhook.sent)).containsExactly("FIRED", "RESOLVED");
		assertThat(transitions(email.sent)).containsExactly("FIRED", "RESOLVED");
	}

	@Test
	void aRuleWithACountAndAnAgeFiresOnlyOnceBothAreMetAndResolvesWhenTheCountDrops() {
		var hub = hub();
		incidents.current.add(incident(ERP_POSTING_PARKED, "posting A", START.minus(Duration.ofMinutes(20))));
		incidents.current.add(incident(ERP_POSTING_PARKED, "posting B", START.minus(Duration.ofMinutes(5))));
		assertThat(hub.evaluator().evaluate().fired()).as("B is too young: one old enough, two needed").isZero();

		clock.advance(Duration.ofMinutes(10));
		assertThat(hub.evaluator().evaluate().fired()).as("both old enough now").isEqualTo(2);

		incidents.current.remove(0);
		assertThat(hub.evaluator().evaluate().resolved()).as("one left, fewer than two").isEqualTo(2);
	}

	@Test
	void aFailedNotificationIsRetriedWithItsFailureOnRecordAndNeverHoldsUpEvaluation() {
		var hub = hub();
		webhook.failing = true;
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-4", START));
		hub.evaluator().evaluate();

		assertThat(hub.sender().sendDue()).as("the e-mail goes, the webhook fails").isEqualTo(1);
		var notification = store.find(false, 0, 1).items().get(0).notifications().stream()
			.filter(it -> it.channel().equals("webhook")).findFirst().orElseThrow();
		assertThat(notification.status()).isEqualTo("PENDING");
		assertThat(notification.attempts()).isEqualTo(1);
		assertThat(notification.lastError()).contains("webhook unreachable");
		assertThat(notification.nextAttemptAt()).isEqualTo(START.plusSeconds(30));

		incidents.current.clear();
		assertThat(hub.evaluator().evaluate().resolved()).isEqualTo(1);
		assertThat(hub.sender().sendDue()).as("not yet due; RESOLVED waits for FIRED on the webhook").isEqualTo(1);

		webhook.failing = false;
		clock.advance(Duration.ofSeconds(30));
		assertThat(hub.sender().sendDue()).isEqualTo(1);
		assertThat(hub.sender().sendDue()).isEqualTo(1);
		assertThat(transitions(webhook.sent)).containsExactly("FIRED", "RESOLVED");
	}

	@Test
	void aNotificationGivesUpAfterItsLastAttempt() {
		var hub = hub();
		webhook.failing = true;
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-5", START));
		hub.evaluator().evaluate();
		for (int attempt = 0; attempt < 3; attempt++) {
			hub.sender().sendDue();
			clock.advance(Duration.ofHours(1));
		}
		var webhookNote = store.find(false, 0, 1).items().get(0).notifications().stream()
			.filter(it -> it.channel().equals("webhook")).findFirst().orElseThrow();
		assertThat(webhookNote.status()).isEqualTo("GAVE_UP");
		assertThat(webhookNote.attempts()).isEqualTo(3);
	}

	@Test
	void anAdminDisablingARuleResolvesItsAlertsAndTheEditIsAudited() {
		var hub = hub();
		incidents.current.add(incident(DELIVERY_DEAD_LETTERED, "publication p-6", START));
		hub.evaluator().evaluate();

		rules.save(new SaveAlertRuleCommand("dead-letters", "Dead letters", Set.of(DELIVERY_DEAD_LETTERED), 1,
				Duration.ZERO, false, "admin"));
		assertThat(hub.evaluator().evaluate().resolved()).isEqualTo(1);
		assertThat(audit.entries).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.action()).isEqualTo("EDIT_ALERT_RULE");
			assertThat(entry.target()).isEqualTo("alert rule dead-letters");
			assertThat(entry.outcome()).startsWith("disabled");
		});

		assertThat(rules.reset("dead-letters", "admin")).isTrue();
		assertThat(hub.evaluator().evaluate().fired()).isEqualTo(1);
	}

	private static List<String> transitions(List<AlertNotice> sent) {
		return sent.stream().map(AlertNotice::transition).toList();
	}

	private static AlertingProperties properties(Map<String, AlertingProperties.Rule> rules) {
		return new AlertingProperties(true, Duration.ofSeconds(30), URI.create("http://hub.example:8080"),
				new java.util.TreeMap<>(rules), new AlertingProperties.Webhook(null, Duration.ofSeconds(10)),
				new AlertingProperties.Mail(List.of(), "hub@localhost"),
				new AlertingProperties.Notification(3, Duration.ofSeconds(30), Duration.ofMinutes(5),
						Duration.ofSeconds(5), Duration.ofMinutes(2), 50));
	}
}

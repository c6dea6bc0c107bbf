package org.distributionhub.console.alerting.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.console.alerting.ports.out.AlertNotifications;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.console.alerting.ports.out.Alerts.NewAlert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The claims that keep two hubs on one database from both notifying: one open alert per key, one resolution, one
 * holder of a notification's lease; on the database the tests run on, with no evaluation or sending of its own.
 */
@SpringBootTest(properties = "hub.alerting.enabled=false")
class JdbcAlertsIT {

	@Autowired
	Alerts alerts;

	@Autowired
	AlertNotifications notifications;

	@Test
	void anAlertKeyIsOpenOnceResolvedOnceAndEachNotificationClaimedByOneHub() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		var key = new AlertKey("contract-" + UUID.randomUUID(), "DELIVERY_DEAD_LETTERED", "publication x");
		var first = new NewAlert(UUID.randomUUID(), key, "Contract", "summary", "/console", now, now);
		var second = new NewAlert(UUID.randomUUID(), key, "Contract", "summary", "/console", now, now);

		assertThat(alerts.fire(first, List.of("webhook", "email"))).isTrue();
		assertThat(alerts.fire(second, List.of("webhook", "email"))).as("its key is open").isFalse();
		assertThat(alerts.open()).containsEntry(key, first.id());

		var due = notifications.due(now, 1000).stream().filter(it -> it.notice().ruleId().equals(key.ruleId())).toList();
		assertThat(due).hasSize(2).allMatch(it -> it.notice().fired());
		var webhook = due.stream().filter(it -> it.channel().equals("webhook")).findFirst().orElseThrow();
		assertThat(notifications.claim(webhook.id(), now, now.plus(Duration.ofMinutes(2)))).isTrue();
		assertThat(notifications.claim(webhook.id(), now, now.plus(Duration.ofMinutes(2)))).as("leased").isFalse();
		notifications.sent(webhook.id(), now);

		assertThat(alerts.resolve(first.id(), now.plusSeconds(1), List.of("webhook"))).isTrue();
		assertThat(alerts.resolve(first.id(), now.plusSeconds(2), List.of("webhook"))).isFalse();
		assertThat(alerts.open()).doesNotContainKey(key);
		assertThat(alerts.fire(second, List.of())).as("a new alert once the first resolved").isTrue();

		var history = alerts.find(false, 0, 200).items().stream().filter(it -> it.ruleId().equals(key.ruleId())).toList();
		assertThat(history).hasSize(2);
		var resolved = history.stream().filter(it -> it.id().equals(first.id())).findFirst().orElseThrow();
		assertThat(resolved.resolvedAt()).isEqualTo(now.plusSeconds(1));
		assertThat(resolved.notifications()).extracting(it -> it.transition() + " " + it.channel() + " " + it.status())
			.containsExactlyInAnyOrder("FIRED webhook SENT", "FIRED email PENDING", "RESOLVED webhook PENDING");
	}
}

package org.distributionhub.console.alerting.application;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.console.alerting.domain.AlertRule;
import org.distributionhub.console.alerting.domain.NotificationRetry;
import org.distributionhub.console.ports.in.IncidentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.alerting.*: how often the rules are evaluated, the configured rules by id (admins may edit them in the
 * console), the webhook and e-mail channels and how failed notifications are retried.
 */
@ConfigurationProperties("hub.alerting")
public record AlertingProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("30s") Duration evaluationInterval, @DefaultValue("http://localhost:8080") URI consoleUrl,
		@DefaultValue Map<String, Rule> rules, @DefaultValue Webhook webhook, @DefaultValue Mail mail,
		@DefaultValue Notification notification) {

	/** hub.alerting.rules.&lt;id&gt;.*: one configured rule. */
	public record Rule(String name, List<IncidentKind> kinds, @DefaultValue("1") int minCount,
			@DefaultValue("0s") Duration minAge, @DefaultValue("true") boolean enabled) {

		AlertRule toRule(String id) {
			return new AlertRule(id, name, Set.copyOf(kinds), minCount, minAge, enabled);
		}
	}

	/** hub.alerting.webhook.*: the chat webhook alerts are posted to; unset, none are. */
	public record Webhook(@Nullable URI url, @DefaultValue("10s") Duration timeout) {
	}

	/** hub.alerting.mail.*: who gets alert e-mails (spring.mail.* says which SMTP server); no one, none are sent. */
	public record Mail(@DefaultValue List<String> to, @DefaultValue("hub@localhost") String from) {
	}

	/** hub.alerting.notification.*: retries of a failed notification and the claim a hub holds while it sends. */
	public record Notification(@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
			@DefaultValue("30m") Duration maxBackoff, @DefaultValue("5s") Duration pollInterval,
			@DefaultValue("2m") Duration lease, @DefaultValue("50") int batchSize) {

		public NotificationRetry retry() {
			return new NotificationRetry(maxAttempts, initialBackoff, maxBackoff);
		}
	}
}

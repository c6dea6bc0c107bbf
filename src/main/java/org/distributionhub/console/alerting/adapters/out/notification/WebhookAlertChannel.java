package org.distributionhub.console.alerting.adapters.out.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;

import org.distributionhub.console.alerting.application.AlertingProperties;
import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.AlertNotice;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each notification as JSON to hub.alerting.webhook.url: a {@code text} field that Slack, Mattermost and
 * Rocket.Chat incoming webhooks show as the message, and the alert's fields for anything that reads them. Anything
 * but 2xx, or no answer within hub.alerting.webhook.timeout, fails the attempt.
 */
@Component
class WebhookAlertChannel implements AlertChannel {

	private final @Nullable URI url;
	private final JsonMapper json;
	private final SingletonSupplier<RestClient> http;

	WebhookAlertChannel(AlertingProperties properties, JsonMapper json) {
		var webhook = properties.webhook();
		this.url = webhook.url();
		this.json = json;
		this.http = SingletonSupplier.of(() -> {
			var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(webhook.timeout())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build());
			factory.setReadTimeout(webhook.timeout());
			return RestClient.builder().requestFactory(factory).build();
		});
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public boolean configured() {
		return url != null;
	}

	@Override
	public void send(AlertNotice notice) {
		if (url == null) {
			throw new IllegalStateException("No alert webhook is configured (hub.alerting.webhook.url)");
		}
		http.obtain().post()
			.uri(url)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString(WebhookMessage.of(notice)))
			.retrieve()
			.toBodilessEntity();
	}

	/** The JSON posted: the chat text first, then the alert's fields. */
	record WebhookMessage(String text, String status, String rule, String ruleName, String kind,
			String businessKey, String summary, Instant since, Instant firedAt, @Nullable Instant resolvedAt,
			String link) {

		static WebhookMessage of(AlertNotice notice) {
			return new WebhookMessage(notice.text(),
					notice.fired() ? "FIRING" : "RESOLVED", notice.ruleId(),
					notice.ruleName(), notice.kind(), notice.businessKey(), notice.summary(), notice.since(),
					notice.firedAt(), notice.resolvedAt(), notice.link());
		}
	}
}

package org.distributionhub.order.adapters.out.oms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.distributionhub.order.application.OrderProperties;
import org.distributionhub.order.ports.out.OmsWebhook;
import org.distributionhub.platform.correlation.Correlation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts promise changes as JSON to hub.order.oms.webhook-url with Spring's RestClient on the JDK HTTP client (connect
 * and read bounded by hub.order.oms.timeout, redirects not followed), the event id as Idempotency-Key, the bearer
 * token and headers configured. Anything but 2xx, and no answer at all, is an {@link OmsNotReached}. The client
 * (and with it the JDK's TLS set-up) is built on the first post, never when no webhook is configured, from Spring
 * Boot's RestClient.Builder: every post is observed and carries the W3C trace context.
 */
@Component
class HttpOmsWebhook implements OmsWebhook {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final int BODY_LIMIT = 500;

	private final @Nullable URI url;
	private final JsonMapper json;
	private final SingletonSupplier<RestClient> http;

	HttpOmsWebhook(OrderProperties properties, JsonMapper json, ObjectProvider<RestClient.Builder> builders) {
		var oms = properties.oms();
		this.url = oms.webhookUrl();
		this.json = json;
		this.http = SingletonSupplier.of(() -> client(oms, builders.getObject()));
	}

	private static RestClient client(OrderProperties.Oms oms, RestClient.Builder builder) {
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(oms.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		factory.setReadTimeout(oms.timeout());
		return builder.clone().requestFactory(factory).defaultHeaders(headers -> {
			if (oms.bearerToken() != null && !oms.bearerToken().isBlank()) {
				headers.setBearerAuth(oms.bearerToken());
			}
			oms.headers().forEach(headers::set);
		}).build();
	}

	@Override
	public boolean configured() {
		return url != null;
	}

	@Override
	public void post(PromiseMessage message) {
		if (url == null) {
			throw new IllegalStateException("No OMS webhook is configured (hub.order.oms.webhook-url)");
		}
		try {
			http.obtain().post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header(IDEMPOTENCY_KEY, message.eventId().toString())
				.header(Correlation.HEADER, Correlation.current().value())
				.body(json.writeValueAsString(message))
				.exchange((request, response) -> {
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new OmsNotReached("The OMS answered " + response.getStatusCode().value()
								+ " to promise change " + message.eventId() + start(response));
					}
					return null;
				});
		}
		catch (ResourceAccessException e) {
			throw new OmsNotReached("The OMS at " + url + " did not answer promise change " + message.eventId() + ": "
					+ e.getMessage(), e);
		}
	}

	private static String start(ClientHttpResponse response) throws IOException {
		byte[] body = response.getBody().readNBytes(BODY_LIMIT);
		String text = new String(body, StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? "" : ": " + text;
	}

	/** The OMS did not take a promise change; the event backbone tries it again. */
	static class OmsNotReached extends RuntimeException {

		OmsNotReached(String message) {
			super(message);
		}

		OmsNotReached(String message, Throwable cause) {
			super(message, cause);
		}
	}
}

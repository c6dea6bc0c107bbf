package org.distributionhub.order.adapters.out.oms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.order.application.OrderProperties;
import org.distributionhub.order.domain.Allocation;
import org.distributionhub.order.ports.out.OmsWebhook.PromiseMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/** The OMS webhook over real HTTP on 127.0.0.1: what it sends, and that anything but 2xx or no answer throws. */
class HttpOmsWebhookTest {

	private static final ObjectProvider<RestClient.Builder> BUILDERS = new StaticListableBeanFactory(
			Map.of("restClientBuilder", RestClient.builder())).getBeanProvider(RestClient.Builder.class);

	private final AtomicReference<Headers> headers = new AtomicReference<>();
	private final AtomicReference<String> body = new AtomicReference<>();
	private HttpServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void postsThePromiseAsJsonWithItsEventIdAsIdempotencyKeyAndTheConfiguredHeaders() throws IOException {
		var webhook = webhook(serve(204, ""));
		var message = message();

		webhook.post(message);

		assertThat(headers.get().getFirst("Idempotency-Key")).isEqualTo(message.eventId().toString());
		assertThat(headers.get().getFirst("Authorization")).isEqualTo("Bearer token-1");
		assertThat(headers.get().getFirst("X-Api-Key")).isEqualTo("key-1");
		assertThat(headers.get().getFirst("Content-Type")).startsWith("application/json");
		assertThat(body.get()).contains("\"orderId\":\"web:1001\"", "\"status\":\"NO_INBOUND\"",
				"\"previousStatus\":\"BACKORDERED\"", "\"previousPromiseDate\":\"2026-12-04\"", "\"backordered\":10",
				"\"unit\":\"EA\"");
	}

	@Test
	void aRefusalThrowsWithTheStatusAndTheStartOfTheAnswer() throws IOException {
		var webhook = webhook(serve(422, "{\"error\":\"unknown order\"}"));

		assertThatThrownBy(() -> webhook.post(message())).isInstanceOf(HttpOmsWebhook.OmsNotReached.class)
			.hasMessageContaining("answered 422")
			.hasMessageContaining("unknown order");
	}

	@Test
	void noAnswerThrows() throws IOException {
		int closedPort;
		try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		var webhook = webhook(URI.create("http://127.0.0.1:" + closedPort + "/promises"));

		assertThatThrownBy(() -> webhook.post(message())).isInstanceOf(HttpOmsWebhook.OmsNotReached.class)
			.hasMessageContaining("did not answer");
	}

	@Test
	void withoutAUrlItIsNotConfigured() {
		var webhook = new HttpOmsWebhook(new OrderProperties(null, null, null, 0, null, null),
				JsonMapper.builder().build(), BUILDERS);

		assertThat(webhook.configured()).isFalse();
	}

	private URI serve(int status, String answer) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/promises", exchange -> {
			headers.set(exchange.getRequestHeaders());
			body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.start();
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/promises");
	}

	private static HttpOmsWebhook webhook(URI url) {
		var oms = new OrderProperties.Oms(url, Duration.ofSeconds(2), "token-1", Map.of("X-Api-Key", "key-1"));
		return new HttpOmsWebhook(new OrderProperties(null, null, null, 0, null, oms), JsonMapper.builder().build(),
				BUILDERS);
	}

	private static PromiseMessage message() {
		return new PromiseMessage(UUID.randomUUID(), "web:1001", "web", "1001", 2, "SKU-2", Allocation.NO_INBOUND,
				null, Allocation.BACKORDERED, LocalDate.of(2026, 12, 4), BigDecimal.ZERO, BigDecimal.TEN, "EA",
				Instant.parse("2026-11-30T08:00:00Z"));
	}
}

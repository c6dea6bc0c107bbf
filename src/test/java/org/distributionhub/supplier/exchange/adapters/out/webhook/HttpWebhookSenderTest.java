package org.distributionhub.supplier.exchange.adapters.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Delivered;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Refused;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Retry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The webhook sender against a real HTTP server on the loopback interface. */
class HttpWebhookSenderTest {

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private HttpServer server;
	private ExecutorService executor;
	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final HttpWebhookSender sender = new HttpWebhookSender(new SupplierProperties(null, null, null, null, null,
			new SupplierProperties.Webhook(3, Duration.ofSeconds(1), Duration.ofMinutes(1), TIMEOUT), null, 0),
			JsonMapper.builder().build(), ObservationRegistry.NOOP);

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		server.createContext("/hooks/po", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			var headers = exchange.getRequestHeaders();
			received.add(new Received(exchange.getRequestMethod(), headers.getFirst("Content-Type"),
					headers.getFirst("Idempotency-Key"), headers.getFirst("X-Correlation-Id"),
					new String(body, StandardCharsets.UTF_8)));
			Answer answer = answers.isEmpty() ? new Answer(200, "", Map.of(), 0) : answers.poll();
			try {
				Thread.sleep(answer.delayMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
			if (reply.length > 0) {
				exchange.getResponseBody().write(reply);
			}
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	@Test
	void a2xxAnswerIsDeliveredAndThePartnerGetsTheKeysToRecogniseTheMessage() {
		answers.add(new Answer(202, "{\"received\":true}", Map.of(), 0));

		var result = sender.post(request("{\"poNumber\":\"PO-1\"}"));

		assertThat(result).isEqualTo(new Delivered(202));
		assertThat(received).containsExactly(new Received("POST", "application/json", "entry-1", "flow-1",
				"{\"poNumber\":\"PO-1\"}"));
	}

	@Test
	void a503IsWorthAnotherAttemptAndTheNextAttemptIsDelivered() {
		answers.add(new Answer(503, "down for maintenance", Map.of(), 0));
		answers.add(new Answer(200, "", Map.of(), 0));

		var first = sender.post(request("{}"));
		var second = sender.post(request("{}"));

		assertThat(first).isEqualTo(new Retry("HTTP 503: down for maintenance", null));
		assertThat(second).isEqualTo(new Delivered(200));
		assertThat(received).extracting(Received::idempotencyKey).containsExactly("entry-1", "entry-1");
	}

	@Test
	void a429SaysWhenToComeBack() {
		answers.add(new Answer(429, "", Map.of("Retry-After", "120"), 0));

		assertThat(sender.post(request("{}"))).isEqualTo(new Retry("HTTP 429", Duration.ofMinutes(2)));
	}

	@Test
	void a400IsRefusedAtOnceWithThePartnersOwnMessage() {
		answers.add(new Answer(400, """
				{"type":"about:blank","title":"Bad Request","status":400,"detail":"lines[0].sku is unknown"}""",
				Map.of("Content-Type", "application/problem+json"), 0));

		assertThat(sender.post(request("{}"))).isEqualTo(new Refused("HTTP 400: lines[0].sku is unknown"));
	}

	@Test
	void aPlainTextRefusalIsQuotedAndCutShort() {
		answers.add(new Answer(404, "no such hook " + "x".repeat(2000), Map.of(), 0));

		var result = (Refused) sender.post(request("{}"));

		assertThat(result.reason()).startsWith("HTTP 404: no such hook xxx").hasSizeLessThanOrEqualTo(500);
	}

	@Test
	void noAnswerWithinTheTimeoutIsWorthAnotherAttempt() {
		answers.add(new Answer(200, "", Map.of(), 3000));
		long start = System.nanoTime();

		var result = sender.post(request("{}"));

		assertThat(result).isInstanceOfSatisfying(Retry.class,
				retry -> assertThat(retry.reason()).contains("No answer").contains("500 ms"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aRefusedConnectionIsWorthAnotherAttempt() throws IOException {
		int closedPort;
		try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		var result = sender.post(new WebhookRequest(URI.create("http://127.0.0.1:" + closedPort + "/hooks/po"),
				"application/json", new byte[0], "entry-1", "flow-1"));

		assertThat(result).isInstanceOfSatisfying(Retry.class,
				retry -> assertThat(retry.reason()).startsWith("Could not connect to http://127.0.0.1:" + closedPort));
	}

	@Test
	void aUrlTheClientCannotCallIsRefused() {
		var result = sender.post(new WebhookRequest(URI.create("ftp://127.0.0.1/hooks"), "application/json",
				new byte[0], "entry-1", "flow-1"));

		assertThat(result).isInstanceOf(Refused.class);
	}

	private WebhookRequest request(String body) {
		return new WebhookRequest(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/po"),
				"application/json", body.getBytes(StandardCharsets.UTF_8), "entry-1", "flow-1");
	}

	private record Answer(int status, String body, Map<String, String> headers, long delayMillis) {
	}

	private record Received(String method, String contentType, String idempotencyKey, String correlationId,
			String body) {
	}
}

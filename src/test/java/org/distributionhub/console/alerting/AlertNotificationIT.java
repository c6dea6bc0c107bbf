package org.distributionhub.console.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real dead-lettered delivery fires its alert once, by webhook to an HTTP server and by e-mail to an SMTP server,
 * both on loopback in this test; the webhook's first answer to each is a 503, which the history shows and a retry gets past.
 * Resubmitted through the console, the delivery succeeds and the alert resolves once, again on both channels.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"hub.alerting.evaluation-interval=300ms", "hub.alerting.notification.poll-interval=200ms",
		"hub.alerting.notification.initial-backoff=500ms", "hub.alerting.mail.to=operations@example.com",
		"hub.alerting.mail.from=hub@example.com", "hub.alerting.console-url=https://hub.example.com" })
class AlertNotificationIT {

	private static final JsonMapper JSON = JsonMapper.shared();
	private static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("admin:admin-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	private static final HttpServer CHAT = chatServer();
	private static final List<JsonNode> POSTED = new CopyOnWriteArrayList<>();
	private static final Set<String> REFUSED_ONCE = ConcurrentHashMap.newKeySet();
	private static final GreenMail SMTP = smtpServer();

	@LocalServerPort
	int port;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("hub.alerting.webhook.url",
				() -> "http://127.0.0.1:" + CHAT.getAddress().getPort() + "/hooks/operations");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopServers() {
		CHAT.stop(0);
		SMTP.stop();
	}

	@Test
	void aDeadLetterFiresOnceByWebhookAndMailAndResolvesOnceWhenItsResubmissionSucceeds() throws Exception {
		// Refused by the receiver on each of its 4 attempts, it is dead-lettered; the 5th (the resubmission) succeeds.
		var probe = sender.send("alert-" + UUID.randomUUID(), 4);
		UUID publication = await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetter(probe.eventId()), Optional::isPresent)
			.orElseThrow();
		String key = "publication " + publication;

		await().atMost(Duration.ofSeconds(20)).until(() -> posted(key, "FIRING").size() == 1 && mails(key, "[FIRING]") == 1);
		JsonNode firing = posted(key, "FIRING").get(0);
		assertThat(firing.get("text").asString()).startsWith("[FIRING] Deliveries dead-lettered: DELIVERY_DEAD_LETTERED " + key)
			.contains("https://hub.example.com/console/deliveries/" + publication);
		assertThat(firing.get("rule").asString()).isEqualTo("dead-letters");
		assertThat(firing.get("kind").asString()).isEqualTo("DELIVERY_DEAD_LETTERED");
		assertThat(firing.get("businessKey").asString()).isEqualTo(key);

		JsonNode open = alertIn(get("/api/v1/operations/alerts?status=open&size=200"), key);
		assertThat(open.get("resolvedAt").isNull()).isTrue();
		JsonNode webhook = notification(open, "FIRED", "webhook");
		assertThat(webhook.get("status").asString()).isEqualTo("SENT");
		assertThat(webhook.get("attempts").asInt()).as("the first post got a 503").isEqualTo(2);
		assertThat(webhook.get("lastError").asString()).contains("503");
		assertThat(notification(open, "FIRED", "email").get("status").asString()).isEqualTo("SENT");

		Thread.sleep(1500);
		assertThat(posted(key, "FIRING")).as("evaluations go on, the alert does not fire again").hasSize(1);
		assertThat(mails(key, "[FIRING]")).isEqualTo(1);

		resubmitInTheConsole(publication);

		await().atMost(Duration.ofSeconds(30)).until(() -> posted(key, "RESOLVED").size() == 1 && mails(key, "[RESOLVED]") == 1);
		Thread.sleep(1500);
		assertThat(posted(key, "FIRING")).hasSize(1);
		assertThat(posted(key, "RESOLVED")).hasSize(1);
		assertThat(mails(key, "[FIRING]")).isEqualTo(1);
		assertThat(mails(key, "[RESOLVED]")).isEqualTo(1);

		JsonNode resolved = alertIn(get("/api/v1/operations/alerts?status=all&size=200"), key);
		assertThat(resolved.get("resolvedAt").isNull()).isFalse();
		assertThat(notification(resolved, "RESOLVED", "webhook").get("status").asString()).isEqualTo("SENT");
		String page = get("/console/alerts");
		assertThat(page).contains(key, "RESOLVED by webhook: SENT", "RESOLVED by email: SENT", "last failure");
	}

	private void resubmitInTheConsole(UUID publication) throws IOException, InterruptedException {
		String detail = get("/console/deliveries/" + publication);
		String token = meta(detail, "_csrf");
		String header = meta(detail, "_csrf_header");
		var response = http.send(HttpRequest.newBuilder(uri("/console/deliveries/" + publication + "/resubmit"))
			.header("Authorization", ADMIN)
			.header(header, token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("reason=" + URLEncoder.encode("Receiver fixed", StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	private String get(String path) throws IOException, InterruptedException {
		var response = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static JsonNode alertIn(String page, String key) {
		for (JsonNode alert : JSON.readTree(page).get("items")) {
			if (alert.get("businessKey").asString().equals(key)) {
				return alert;
			}
		}
		throw new AssertionError("No alert for " + key + " in " + page);
	}

	private static JsonNode notification(JsonNode alert, String transition, String channel) {
		for (JsonNode notification : alert.get("notifications")) {
			if (notification.get("transition").asString().equals(transition)
					&& notification.get("channel").asString().equals(channel)) {
				return notification;
			}
		}
		throw new AssertionError("No " + transition + " notification by " + channel + " in " + alert);
	}

	private static String meta(String html, String name) {
		Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

	private Optional<UUID> deadLetter(UUID eventId) {
		return jdbc.sql("SELECT id FROM event_dead_letter WHERE serialized_event LIKE ?")
			.param("%" + eventId + "%")
			.query(UUID.class)
			.optional();
	}

	private static List<JsonNode> posted(String key, String status) {
		return POSTED.stream()
			.filter(it -> it.get("businessKey").asString().equals(key) && it.get("status").asString().equals(status))
			.toList();
	}

	private static long mails(String key, String prefix) throws MessagingException {
		long count = 0;
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (message.getSubject().startsWith(prefix) && message.getSubject().endsWith(key)) {
				assertThat(message.getAllRecipients()[0].toString()).isEqualTo("operations@example.com");
				count++;
			}
		}
		return count;
	}

	/** A chat tool's incoming webhook taking JSON; the first post of each alert's firing or resolution gets a 503. */
	private static HttpServer chatServer() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hooks/operations", exchange -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				boolean json = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
					.startsWith("application/json");
				JsonNode message = json ? JSON.readTree(body) : null;
				int status = message == null ? 415
						: REFUSED_ONCE.add(message.get("businessKey").asString() + "|" + message.get("status").asString())
								? 503 : 200;
				if (status == 200) {
					POSTED.add(message);
				}
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static GreenMail smtpServer() {
		var mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		mail.start();
		return mail;
	}
}

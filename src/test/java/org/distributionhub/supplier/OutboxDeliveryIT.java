package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.exchange.ports.in.DeliverPartnerOutbox;
import org.distributionhub.supplier.exchange.ports.in.SendPartnerWebhooks;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.sun.net.httpserver.HttpServer;

/**
 * The partner outbox delivered by the running hub: files into the supplier's outbox folder, JSON to a real webhook
 * that fails first, and two rounds at once sending each entry once.
 */
@SpringBootTest(properties = { "hub.supplier.webhook.initial-backoff=200ms", "hub.supplier.webhook.max-backoff=1s",
		"hub.supplier.webhook.timeout=2s", "hub.supplier.webhook.max-attempts=3" })
class OutboxDeliveryIT {

	@Autowired
	PartnerOutbox outbox;

	@Autowired
	DeliverPartnerOutbox folders;

	@Autowired
	SendPartnerWebhooks webhooks;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	SupplierProperties properties;

	private HttpServer server;
	private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
	private final Map<String, AtomicInteger> callsByKey = new ConcurrentHashMap<>();
	private final List<String> bodies = new ArrayList<>();

	@BeforeEach
	void startPartner() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/hooks/po", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			synchronized (bodies) {
				bodies.add(body);
			}
			callsByKey.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					key -> new AtomicInteger()).incrementAndGet();
			Integer status = statuses.poll();
			exchange.sendResponseHeaders(status == null ? 200 : status, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopPartner() {
		server.stop(0);
	}

	@Test
	void aFolderEntryIsWrittenIntoTheSuppliersOutboxFolder() throws IOException {
		String supplier = "FILES-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = outbox.add(supplier, OutboxKind.PURCHASE_ORDER, Channel.X12, "PO-1/r1",
				new OutboundMessage("850-PO-1.x12", "application/edi-x12", "ISA*00*~".getBytes(StandardCharsets.UTF_8)),
				DeliveryRoute.FOLDER, Instant.now().minusSeconds(1));

		folders.deliverDue();

		Path folder = properties.partnerFolders().resolve(supplier);
		assertThat(folder.resolve("outbox/850-PO-1.x12")).hasContent("ISA*00*~");
		assertThat(folder.resolve("inbox")).isDirectory();
		assertThat(outbox.find(id).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
	}

	@Test
	void aWebhookThatFailsFirstGetsTheEntryOnALaterRound() {
		String supplier = apiSupplier();
		statuses.add(503);
		UUID id = webhookEntry(supplier, "{\"poNumber\":\"PO-7\"}");

		webhooks.sendDue();

		Entry waiting = outbox.find(id).orElseThrow();
		assertThat(waiting.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).startsWith("HTTP 503");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			webhooks.sendDue();
			assertThat(outbox.find(id).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
		});
		assertThat(callsByKey.get(id.toString())).hasValue(2);
		assertThat(bodies).containsOnly("{\"poNumber\":\"PO-7\"}");
	}

	@Test
	void aRefusingWebhookFailsTheEntryVisibly() {
		String supplier = apiSupplier();
		statuses.add(422);
		UUID id = webhookEntry(supplier, "{}");

		webhooks.sendDue();

		Entry failed = outbox.find(id).orElseThrow();
		assertThat(failed.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(failed.lastError()).isEqualTo("HTTP 422");
	}

	@Test
	void twoRoundsAtOnceSendEveryEntryOnce() throws Exception {
		String supplier = apiSupplier();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			ids.add(webhookEntry(supplier, "{\"n\":" + i + "}"));
		}

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			CompletableFuture.allOf(CompletableFuture.runAsync(webhooks::sendDue),
					CompletableFuture.runAsync(webhooks::sendDue)).get();
			assertThat(ids).allSatisfy(
					id -> assertThat(outbox.find(id).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED));
		});
		assertThat(ids).allSatisfy(id -> assertThat(callsByKey.get(id.toString())).hasValue(1));
	}

	private String apiSupplier() {
		String supplier = "HOOK-" + UUID.randomUUID().toString().substring(0, 8);
		profiles.save(new PartnerProfile(supplier, "Webhook partner", Set.of(Channel.API), Channel.API, null,
				URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/po"), Duration.ofHours(48),
				RemainderPolicy.BACKORDER, Map.of(), List.of(), true));
		return supplier;
	}

	private UUID webhookEntry(String supplier, String json) {
		return outbox.add(supplier, OutboxKind.PURCHASE_ORDER, Channel.API, "PO/r1",
				new OutboundMessage("po.json", "application/json", json.getBytes(StandardCharsets.UTF_8)), DeliveryRoute.WEBHOOK,
				Instant.now().minusSeconds(1));
	}

}

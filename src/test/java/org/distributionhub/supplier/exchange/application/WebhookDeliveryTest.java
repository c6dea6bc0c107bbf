package org.distributionhub.supplier.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.distributionhub.platform.correlation.TraceHandoff;
import org.distributionhub.shared.MovableClock;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.in.DeliveryRound;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Delivered;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Refused;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Retry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookRequest;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookResult;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Webhook rounds over an in-memory outbox: what each answer does to the entry, and the lease on claimed entries. */
class WebhookDeliveryTest {

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private static final SupplierProperties.Webhook SETTINGS = new SupplierProperties.Webhook(3, Duration.ofSeconds(10),
			Duration.ofMinutes(5), Duration.ofSeconds(2));

	private final MovableClock clock = new MovableClock(NOW);
	private final InMemoryPartnerOutbox outbox = new InMemoryPartnerOutbox();
	private final Profiles profiles = new Profiles();
	private final ScriptedSender sender = new ScriptedSender();
	private final WebhookDelivery delivery = new WebhookDelivery(outbox, profiles::find, sender,
			new TransactionTemplate(new NoTransactions()),
			new SupplierProperties(null, null, null, null, null, SETTINGS, null, 0), clock,
			TraceHandoff.NONE);

	@AfterEach
	void stop() {
		delivery.stop();
	}

	@Test
	void aDeliveredEntryIsMarkedSoAndThePartnerGotTheEntryIdToRecogniseIt() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{\"poNumber\":\"PO-1\"}");
		sender.answer = request -> new Delivered(201);

		DeliveryRound round = delivery.sendDue();

		assertThat(round).isEqualTo(new DeliveryRound(1, 1, 0, 0));
		assertThat(entry(id).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(entry(id).deliveredAt()).isEqualTo(NOW);
		WebhookRequest request = sender.requests.get(0);
		assertThat(request.url()).isEqualTo(URI.create("https://acme.example/hooks/po"));
		assertThat(request.idempotencyKey()).isEqualTo(id.toString());
		assertThat(request.correlationId()).isEqualTo(id.toString());
		assertThat(request.contentType()).isEqualTo("application/json");
		assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"poNumber\":\"PO-1\"}");
	}

	@Test
	void aTransientFailureIsTriedAgainAfterABackoffWithJitter() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{}");
		sender.answer = request -> new Retry("HTTP 503: down", null);

		assertThat(delivery.sendDue()).isEqualTo(new DeliveryRound(1, 0, 1, 0));

		Entry entry = entry(id);
		assertThat(entry.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(entry.attempts()).isEqualTo(1);
		assertThat(entry.lastError()).isEqualTo("HTTP 503: down");
		assertThat(entry.nextAttemptAt()).isBetween(NOW.plusSeconds(8), NOW.plusSeconds(12));
		assertThat(delivery.sendDue().taken()).as("not due before its next attempt").isZero();
	}

	@Test
	void aPartnerAskingForMoreTimeGetsIt() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{}");
		sender.answer = request -> new Retry("HTTP 429", Duration.ofMinutes(2));

		delivery.sendDue();

		assertThat(entry(id).nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
	}

	@Test
	void afterTheLastAttemptTheEntryFailsVisiblyWithItsLastError() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{}");
		sender.answer = request -> new Retry("Could not connect to https://acme.example/hooks/po", null);

		for (int attempt = 1; attempt <= SETTINGS.maxAttempts(); attempt++) {
			delivery.sendDue();
			clock.advance(SETTINGS.maxBackoff());
		}

		Entry entry = entry(id);
		assertThat(entry.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(entry.attempts()).isEqualTo(3);
		assertThat(entry.nextAttemptAt()).isNull();
		assertThat(entry.lastError())
			.isEqualTo("Could not connect to https://acme.example/hooks/po (given up after 3 attempts)");
		assertThat(sender.requests).hasSize(3);
	}

	@Test
	void aRefusalFailsTheEntryAtOnce() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{}");
		sender.answer = request -> new Refused("HTTP 400: lines[0].sku is unknown");

		assertThat(delivery.sendDue()).isEqualTo(new DeliveryRound(1, 0, 0, 1));

		assertThat(entry(id).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(entry(id).attempts()).isEqualTo(1);
		assertThat(entry(id).lastError()).isEqualTo("HTTP 400: lines[0].sku is unknown");
	}

	@Test
	void aSupplierWithoutAWebhookUrlIsTriedAgainLater() {
		UUID id = webhookEntry("NOHOOK", "{}");

		delivery.sendDue();

		assertThat(sender.requests).isEmpty();
		assertThat(entry(id).deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(entry(id).lastError()).isEqualTo("Supplier NOHOOK has no webhook URL in its profile");
	}

	@Test
	void anEntryBeingSentIsLeasedSoNoOtherRoundSendsItMeanwhile() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		UUID id = webhookEntry("ACME", "{}");
		List<Entry> seenDuringTheCall = new CopyOnWriteArrayList<>();
		List<DeliveryRound> otherRounds = new CopyOnWriteArrayList<>();
		sender.answer = request -> {
			seenDuringTheCall.add(entry(id));
			otherRounds.add(delivery.sendDue());
			return new Delivered(200);
		};

		delivery.sendDue();

		assertThat(otherRounds).containsExactly(new DeliveryRound(0, 0, 0, 0));
		assertThat(seenDuringTheCall.get(0).nextAttemptAt()).isEqualTo(NOW.plus(delivery.lease()));
		assertThat(delivery.lease()).isEqualTo(SETTINGS.timeout().multipliedBy(6));
		assertThat(sender.requests).hasSize(1);
	}

	@Test
	void aRoundTakesABatchAndLeavesFolderEntriesAlone() {
		profiles.add("ACME", "https://acme.example/hooks/po");
		for (int i = 0; i < WebhookDelivery.BATCH + 4; i++) {
			webhookEntry("ACME", "{\"n\":" + i + "}");
		}
		UUID folder = outbox.add("ACME", OutboxKind.FUNCTIONAL_ACK, Channel.X12, "m-1",
				new OutboundMessage("997.x12", "application/edi-x12", new byte[] { 1 }), DeliveryRoute.FOLDER, NOW);
		sender.answer = request -> new Delivered(200);

		assertThat(delivery.sendDue().delivered()).isEqualTo(WebhookDelivery.BATCH);
		assertThat(delivery.sendDue().delivered()).isEqualTo(4);
		assertThat(entry(folder).deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(sender.requests).extracting(WebhookRequest::idempotencyKey).doesNotHaveDuplicates();
	}

	private UUID webhookEntry(String supplierId, String json) {
		return outbox.add(supplierId, OutboxKind.PURCHASE_ORDER, Channel.API, "PO-1/r1",
				new OutboundMessage("PO-1-r1.json", "application/json", json.getBytes(StandardCharsets.UTF_8)),
				DeliveryRoute.WEBHOOK, NOW);
	}

	private Entry entry(UUID id) {
		return outbox.find(id).orElseThrow();
	}

	private static final class ScriptedSender implements WebhookSender {

		final List<WebhookRequest> requests = new CopyOnWriteArrayList<>();
		volatile Function<WebhookRequest, WebhookResult> answer = request -> new Delivered(200);

		@Override
		public WebhookResult post(WebhookRequest request) {
			requests.add(request);
			return answer.apply(request);
		}
	}

	private static final class Profiles implements PartnerProfiles {

		private final Map<String, PartnerProfile> profiles = new HashMap<>();

		void add(String supplierId, String webhookUrl) {
			profiles.put(supplierId, new PartnerProfile(supplierId, supplierId + " Inc.", Set.of(Channel.API),
					Channel.API, null, URI.create(webhookUrl), Duration.ofHours(48), RemainderPolicy.BACKORDER,
					Map.of(), List.of(), true));
		}

		@Override
		public Optional<PartnerProfile> find(String supplierId) {
			return Optional.ofNullable(profiles.get(supplierId));
		}

		@Override
		public Optional<PartnerProfile> findByEdiSender(String qualifier, String id) {
			return Optional.empty();
		}

		@Override
		public List<PartnerProfile> findAll() {
			return List.copyOf(profiles.values());
		}

		@Override
		public void save(PartnerProfile profile) {
			profiles.put(profile.supplierId(), profile);
		}
	}

	static final class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}
	}
}

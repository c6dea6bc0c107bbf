package org.distributionhub.supplier.exchange.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.platform.correlation.TraceHandoff;
import org.distributionhub.shared.Backoff;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.exchange.ports.in.DeliveryRound;
import org.distributionhub.supplier.exchange.ports.in.SendPartnerWebhooks;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox.Entry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Delivered;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Refused;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.Retry;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookRequest;
import org.distributionhub.supplier.exchange.ports.out.WebhookSender.WebhookResult;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Webhook rounds: claim due entries in one short transaction that leases them (their next attempt moves past the
 * time the round can take), post them in parallel outside any transaction, then record each outcome. The entry id
 * travels as the idempotency key, so a partner recognises a message sent again after a lost answer. Each post is a span
 * in the trace the entry was queued in.
 */
@Service
class WebhookDelivery implements SendPartnerWebhooks {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	static final int CONCURRENCY = 4;

	static final int BATCH = 16;

	private final PartnerOutbox outbox;
	private final FindPartnerProfile profiles;
	private final WebhookSender sender;
	private final TransactionTemplate transactions;
	private final SupplierProperties.Webhook settings;
	private final Backoff backoff;
	private final Clock clock;
	private final ExecutorService senders;
	private final TraceHandoff traces;

	WebhookDelivery(PartnerOutbox outbox, FindPartnerProfile profiles, WebhookSender sender,
			TransactionTemplate transactions, SupplierProperties properties, Clock clock, TraceHandoff traces) {
		this.traces = traces;
		this.outbox = outbox;
		this.profiles = profiles;
		this.sender = sender;
		this.transactions = transactions;
		this.settings = properties.webhook();
		this.backoff = backoff(settings);
		this.clock = clock;
		var threads = new AtomicInteger();
		this.senders = Executors.newFixedThreadPool(CONCURRENCY, task -> {
			var thread = new Thread(task, "supplier-webhook-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	static Backoff backoff(SupplierProperties.Webhook settings) {
		return new Backoff(settings.initialBackoff(), 2.0, settings.maxBackoff(), 0.2);
	}

	/** Long enough for every claimed entry to be posted, a batch being sent in waves of {@link #CONCURRENCY}. */
	Duration lease() {
		return settings.timeout().multipliedBy(BATCH / CONCURRENCY + 2);
	}

	@Override
	public DeliveryRound sendDue() {
		Instant now = clock.instant();
		List<Entry> claimed = transactions
			.execute(status -> outbox.claim(DeliveryRoute.WEBHOOK, now, now.plus(lease()), BATCH));
		List<Outcome> outcomes = claimed.stream()
			.map(entry -> CompletableFuture.supplyAsync(() -> deliver(entry), senders))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		return new DeliveryRound(claimed.size(), count(outcomes, Outcome.DELIVERED), count(outcomes, Outcome.RETRYING),
				count(outcomes, Outcome.FAILED));
	}

	private Outcome deliver(Entry entry) {
		String correlationId = entry.id().toString();
		Outcome[] outcome = new Outcome[1];
		Correlation.runWith(new CorrelationId(correlationId), () -> {
			try {
				outcome[0] = traces.continueFor(entry.id(), "supplier webhook " + entry.kind(),
						() -> record(entry, post(entry, correlationId)));
			}
			catch (RuntimeException e) {
				log.error("Could not record the webhook outcome of outbox entry {}; it is sent again when its lease "
						+ "runs out", entry.id(), e);
				outcome[0] = Outcome.RETRYING;
			}
		});
		return outcome[0];
	}

	private WebhookResult post(Entry entry, String correlationId) {
		PartnerProfile profile = profiles.profile(entry.supplierId()).orElse(null);
		if (profile == null || profile.webhookUrl() == null) {
			return new Retry("Supplier " + entry.supplierId() + " has no webhook URL in its profile", null);
		}
		return sender.post(new WebhookRequest(profile.webhookUrl(), entry.contentType(), entry.content(),
				entry.id().toString(), correlationId));
	}

	private Outcome record(Entry entry, WebhookResult result) {
		Instant now = clock.instant();
		int attempts = entry.attempts() + 1;
		if (result instanceof Delivered) {
			outbox.delivered(entry.id(), now);
			return Outcome.DELIVERED;
		}
		if (result instanceof Refused refused) {
			log.warn("Supplier {} refused outbox entry {}: {}", entry.supplierId(), entry.id(), refused.reason());
			outbox.deliveryFailed(entry.id(), null, refused.reason());
			return Outcome.FAILED;
		}
		Retry retry = (Retry) result;
		if (attempts >= settings.maxAttempts()) {
			log.warn("Outbox entry {} for {} given up after {} attempts: {}", entry.id(), entry.supplierId(), attempts,
					retry.reason());
			outbox.deliveryFailed(entry.id(), null, retry.reason() + " (given up after " + attempts + " attempts)");
			return Outcome.FAILED;
		}
		Instant next = backoff.nextAttemptAt(attempts, now, ThreadLocalRandom.current()::nextDouble);
		if (retry.retryAfter() != null) {
			Duration asked = retry.retryAfter().compareTo(settings.maxBackoff()) < 0 ? retry.retryAfter()
					: settings.maxBackoff();
			next = next.isBefore(now.plus(asked)) ? now.plus(asked) : next;
		}
		outbox.deliveryFailed(entry.id(), next, retry.reason());
		return Outcome.RETRYING;
	}

	private static int count(List<Outcome> outcomes, Outcome wanted) {
		return (int) outcomes.stream().filter(wanted::equals).count();
	}

	@PreDestroy
	void stop() {
		senders.shutdown();
	}

	private enum Outcome {
		DELIVERED, RETRYING, FAILED
	}
}

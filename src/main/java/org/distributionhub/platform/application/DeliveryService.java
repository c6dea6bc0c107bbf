package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.FindDeliveries;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.api.ResubmitDeliveries;
import org.distributionhub.platform.domain.RetryPolicy;
import org.distributionhub.platform.ports.in.RetryFailedDeliveries;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.platform.ports.out.DeliveryAttempts.Wait;
import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.distributionhub.platform.ports.out.PublicationResubmission;
import org.distributionhub.shared.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Retries failed deliveries with backoff, dead-letters the exhausted ones, and resubmits on an admin's request.
 * Deliveries waiting for a prerequisite are tried again on the waiting schedule and are never dead-lettered: they
 * count no attempts, and past their deadline they are shown as incidents while they keep waiting (docs/adr/0024).
 */
@Service
class DeliveryService implements RetryFailedDeliveries, ResubmitDeliveries, FindDeliveries {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

	/** How many deliveries one filtered resubmission takes at most. */
	static final int MAX_BATCH_RESUBMISSION = 10_000;

	/** The most failed publications one retry round reads (its batch plus the open waits). */
	static final int MAX_ROUND_WINDOW = 20_000;

	private final PublicationRegistry registry;
	private final PublicationResubmission resubmission;
	private final DeliveryAttempts attempts;
	private final AdminAudit audit;
	private final RetryPolicy policy;
	private final Backoff waitingBackoff;
	private final Duration waitingDeadline;
	private final int batchSize;
	private final Clock clock;

	DeliveryService(PublicationRegistry registry, PublicationResubmission resubmission, DeliveryAttempts attempts,
			AdminAudit audit, EventDeliveryProperties properties, Clock clock) {
		this.registry = registry;
		this.resubmission = resubmission;
		this.attempts = attempts;
		this.audit = audit;
		this.policy = properties.retry().policy();
		this.waitingBackoff = properties.waiting().backoff();
		this.waitingDeadline = properties.waiting().deadline();
		this.batchSize = properties.retry().batchSize();
		this.clock = clock;
	}

	@Override
	public RetryRound retryDue() {
		var now = clock.instant();
		var quietSince = now.minus(policy.backoff().max());
		var lastFailures = attempts.lastFailureOfFailedPublications();
		attempts.forgetFinishedWaits();
		var waits = attempts.openWaits();
		int deadLettered = deadLetterUnknownEventTypes(quietSince);
		// Waiting deliveries are FAILED rows too, read oldest first with the others: the round reads as many more as
		// there are open waits, so waits that last do not crowd newer failures out of it.
		int window = (int) Math.min(MAX_ROUND_WINDOW, (long) batchSize + waits.size());
		for (FailedPublication exhausted : registry.findFailedWithAtLeast(policy.maxAttempts(), window)) {
			if (waits.containsKey(exhausted.id())) {
				continue;
			}
			// Dead-letter only once the last attempt is known to be over: it failed, or nothing moved for a while.
			Instant lastFailure = lastFailures.get(exhausted.id());
			boolean lastAttemptFailed = exhausted.lastResubmittedAt() == null
					|| lastFailure != null && !lastFailure.isBefore(exhausted.lastResubmittedAt());
			if (!lastAttemptFailed && exhausted.lastAttemptAt().isAfter(quietSince)) {
				continue;
			}
			String reason = "Gave up after %d attempts (limit %d)".formatted(exhausted.attempts(), policy.maxAttempts());
			if (registry.deadLetter(exhausted.id(), policy.maxAttempts(), reason)) {
				deadLettered++;
				LOG.warn("Dead-lettered publication {} of {} to {}: {}", exhausted.id(), exhausted.eventType(),
						exhausted.listenerId(), reason);
			}
		}
		var resubmitted = new int[1];
		var unreadable = new LinkedHashMap<UUID, String>();
		resubmission.resubmitFailed(failed -> {
			Wait wait = waits.get(failed.id());
			if (wait != null) {
				boolean due = !waitingBackoff.nextAttemptAt(wait.waits(), wait.lastWaitedAt(), jitter(failed, wait.waits()))
					.isAfter(now);
				if (due) {
					resubmitted[0]++;
				}
				return due;
			}
			Instant lastFailure = lastFailures.getOrDefault(failed.id(), failed.lastAttemptAt());
			boolean due = !policy.isExhausted(failed.attempts())
					&& !policy.nextAttemptAt(failed.attempts(), lastFailure, jitter(failed)).isAfter(now);
			if (due) {
				resubmitted[0]++;
			}
			return due;
		}, window, unreadable::put);
		for (var entry : unreadable.entrySet()) {
			if (registry.deadLetterUnreadable(entry.getKey(), entry.getValue())) {
				deadLettered++;
				LOG.warn("Dead-lettered publication {}: {}", entry.getKey(), entry.getValue());
			}
		}
		return new RetryRound(deadLettered, resubmitted[0]);
	}

	private int deadLetterUnknownEventTypes(Instant quietSince) {
		int moved = 0;
		for (String type : registry.openEventTypes()) {
			if (!ClassUtils.isPresent(type, getClass().getClassLoader())) {
				int count = registry.deadLetterEventType(type, quietSince,
						"The event type " + type + " is unknown to this hub");
				if (count > 0) {
					LOG.warn("Dead-lettered {} publication(s) of the unknown event type {}", count, type);
				}
				moved += count;
			}
		}
		return moved;
	}

	/** The same jitter for the same attempt of the same publication, however often a round looks at it. */
	private static DoubleSupplier jitter(FailedPublication failed) {
		return jitter(failed, failed.attempts());
	}

	private static DoubleSupplier jitter(FailedPublication failed, int round) {
		long seed = failed.id().getLeastSignificantBits() * 31 + round;
		return () -> new SplittableRandom(seed).nextDouble();
	}

	@Override
	@Transactional
	public ResubmissionResult resubmit(ResubmitDeliveriesCommand command) {
		List<UUID> ids = command.publicationIds() != null ? command.publicationIds()
				: registry.findDeliveryIds(command.filter(), MAX_BATCH_RESUBMISSION);
		String outcome = "failed before anything changed";
		try {
			int reset = registry.resetFailed(ids);
			int restored = registry.restoreDeadLetters(ids);
			int done = reset + restored;
			var result = new ResubmissionResult(done, ids.size() - done);
			outcome = "%d resubmitted, %d no longer failed".formatted(result.resubmitted(), result.skipped());
			LOG.info("{} resubmitted {} deliveries ({} skipped): {}", command.actor(), done, result.skipped(),
					command.reason());
			return result;
		}
		catch (RuntimeException e) {
			outcome = "refused, nothing changed: " + e.getMessage();
			throw e;
		}
		finally {
			audit.record(command.actor(), "RESUBMIT_DELIVERIES", describe(command, ids), command.reason(), outcome);
		}
	}

	@Override
	public PageOf<DeliveryView> find(DeliveryFilter filter, int page, int size) {
		var found = registry.findDeliveries(filter, page, size);
		return new PageOf<>(found.items().stream().map(this::withNextAttempt).toList(), found.page(), found.size(),
				found.total());
	}

	@Override
	public Optional<DeliveryView> find(UUID publicationId) {
		return registry.findDelivery(publicationId).map(this::withNextAttempt);
	}

	@Override
	public List<DeliveryView> waitingPastDeadline(int limit) {
		return registry.findWaitingSince(clock.instant().minus(waitingDeadline), limit)
			.stream()
			.map(this::withNextAttempt)
			.toList();
	}

	private DeliveryView withNextAttempt(DeliveryView view) {
		var waiting = view.waiting();
		if (view.status() == PublicationStatus.WAITING && waiting != null) {
			var deadline = waiting.since().plus(waitingDeadline);
			return new DeliveryView(view.publicationId(), view.eventType(), view.listenerId(), view.status(),
					view.publishedAt(), view.attempts(), view.lastError(), view.lastFailedAt(),
					waitingBackoff.nextAttemptAt(waiting.waits(), waiting.lastTriedAt(), () -> 0.5), view.payload(),
					view.history(), new DeliveryView.Waiting(waiting.waitingFor(), waiting.reason(), waiting.since(),
							waiting.waits(), waiting.lastTriedAt(), deadline));
		}
		if (view.status() != PublicationStatus.FAILED
				|| policy.isExhausted(view.attempts())) {
			return view;
		}
		var last = view.lastFailedAt() != null ? view.lastFailedAt() : view.publishedAt();
		return new DeliveryView(view.publicationId(), view.eventType(), view.listenerId(), view.status(),
				view.publishedAt(), view.attempts(), view.lastError(), view.lastFailedAt(),
				policy.expectedNextAttemptAt(view.attempts(), last), view.payload(), view.history());
	}

	private static String describe(ResubmitDeliveriesCommand command, List<UUID> ids) {
		var target = new ArrayList<String>();
		if (command.publicationIds() == null) {
			var filter = command.filter();
			target.add("filter[eventType=%s, listener=%s, status=%s]".formatted(filter.eventType(), filter.listener(),
					filter.status()));
		}
		target.add(ids.size() + " publication(s)");
		String list = ids.stream().limit(50).map(UUID::toString).reduce((a, b) -> a + "," + b).orElse("");
		target.add(list + (ids.size() > 50 ? ",..." : ""));
		String text = String.join(" ", target);
		return text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
	}
}

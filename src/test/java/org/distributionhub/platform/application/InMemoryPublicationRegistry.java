package org.distributionhub.platform.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.api.PublicationStatus;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.distributionhub.platform.ports.out.PublicationResubmission;

/** Failed publications and dead letters in memory, for the delivery rules' tests. */
class InMemoryPublicationRegistry implements PublicationRegistry, PublicationResubmission, DeliveryAttempts {

	final Map<UUID, FailedPublication> failed = new LinkedHashMap<>();
	final Map<UUID, String> deadLetters = new LinkedHashMap<>();
	final List<UUID> resubmitted = new ArrayList<>();
	final Map<UUID, Wait> waits = new LinkedHashMap<>();

	FailedPublication fail(String listener, int attempts, Instant lastAttempt) {
		var publication = new FailedPublication(UUID.randomUUID(), listener, InMemoryPublicationRegistry.class.getName(),
				lastAttempt.minusSeconds(3600), attempts, lastAttempt);
		failed.put(publication.id(), publication);
		return publication;
	}

	@Override
	public List<FailedPublication> findFailedWithAtLeast(int attempts, int limit) {
		return failed.values().stream().filter(it -> it.attempts() >= attempts).limit(limit).toList();
	}

	final Map<UUID, Instant> lastFailures = new LinkedHashMap<>();
	final Map<UUID, String> unreadable = new LinkedHashMap<>();

	@Override
	public boolean deadLetter(UUID publicationId, int minAttempts, String reason) {
		var publication = failed.get(publicationId);
		if (publication == null || publication.attempts() < minAttempts) {
			return false;
		}
		failed.remove(publicationId);
		deadLetters.put(publicationId, reason);
		return true;
	}

	@Override
	public boolean deadLetterUnreadable(UUID publicationId, String reason) {
		if (failed.remove(publicationId) == null) {
			return false;
		}
		deadLetters.put(publicationId, reason);
		return true;
	}

	@Override
	public List<String> openEventTypes() {
		return failed.values().stream().map(FailedPublication::eventType).distinct().toList();
	}

	@Override
	public int deadLetterEventType(String eventType, Instant quietSince, String reason) {
		var ids = failed.values().stream().filter(it -> it.eventType().equals(eventType)).map(FailedPublication::id)
			.toList();
		ids.forEach(id -> deadLetterUnreadable(id, reason));
		return ids.size();
	}

	@Override
	public void record(FailedAttempt attempt) {
		lastFailures.merge(attempt.publicationId(), attempt.failedAt(), (a, b) -> a.isAfter(b) ? a : b);
	}

	@Override
	public Map<UUID, Instant> lastFailureOfFailedPublications() {
		return lastFailures;
	}

	@Override
	public int resetFailed(Collection<UUID> publicationIds) {
		int count = 0;
		for (UUID id : publicationIds) {
			var publication = failed.get(id);
			if (publication != null) {
				failed.put(id, new FailedPublication(id, publication.listenerId(), publication.eventType(),
						publication.publishedAt(), 0, null));
				count++;
			}
		}
		return count;
	}

	@Override
	public int restoreDeadLetters(Collection<UUID> publicationIds) {
		int count = 0;
		for (UUID id : publicationIds) {
			if (deadLetters.remove(id) != null) {
				failed.put(id, new FailedPublication(id, "restored", InMemoryPublicationRegistry.class.getName(),
						Instant.EPOCH, 0, null));
				count++;
			}
		}
		return count;
	}

	@Override
	public List<UUID> findDeliveryIds(DeliveryFilter filter, int limit) {
		var ids = new ArrayList<UUID>();
		if (filter.status() != PublicationStatus.DEAD_LETTERED) {
			failed.values()
				.stream()
				.filter(it -> filter.listener() == null || it.listenerId().contains(filter.listener()))
				.forEach(it -> ids.add(it.id()));
		}
		if (filter.status() != PublicationStatus.FAILED && filter.listener() == null) {
			ids.addAll(deadLetters.keySet());
		}
		return ids.stream().limit(limit).toList();
	}

	@Override
	public void resubmitFailed(Predicate<FailedPublication> due, int batchSize, BiConsumer<UUID, String> unreadable) {
		failed.values().stream().limit(batchSize).filter(it -> {
			String reason = this.unreadable.get(it.id());
			if (reason != null) {
				unreadable.accept(it.id(), reason);
				return false;
			}
			return due.test(it);
		}).forEach(it -> resubmitted.add(it.id()));
	}

	@Override
	public PageOf<DeliveryView> findDeliveries(DeliveryFilter filter, int page, int size) {
		throw new UnsupportedOperationException("not needed by these tests");
	}

	@Override
	public Optional<DeliveryView> findDelivery(UUID publicationId) {
		return Optional.empty();
	}

	@Override
	public PageOf<EventLogEntryView> findLog(EventLogFilter filter, int page, int size) {
		throw new UnsupportedOperationException("not needed by these tests");
	}

	@Override
	public void forEachInLog(EventLogFilter filter, Consumer<EventLogEntryView> consumer) {
		throw new UnsupportedOperationException("not needed by these tests");
	}

	@Override
	public List<DeliveryView> findWaitingSince(Instant before, int limit) {
		return List.of();
	}

	@Override
	public boolean recordWait(Wait wait) {
		var known = waits.get(wait.publicationId());
		var publication = failed.get(wait.publicationId());
		if (publication != null && publication.attempts() > 0) {
			failed.put(publication.id(), new FailedPublication(publication.id(), publication.listenerId(),
					publication.eventType(), publication.publishedAt(), publication.attempts() - 1,
					publication.lastResubmittedAt()));
		}
		waits.put(wait.publicationId(), known == null ? wait
				: new Wait(known.publicationId(), wait.waitingFor(), wait.reason(), known.since(), wait.lastWaitedAt(),
						known.waits() + 1));
		return known == null;
	}

	@Override
	public Map<UUID, Wait> openWaits() {
		var open = new LinkedHashMap<>(waits);
		open.keySet().retainAll(failed.keySet());
		return open;
	}

	@Override
	public void forgetWait(UUID publicationId) {
		waits.remove(publicationId);
	}

	@Override
	public int forgetFinishedWaits() {
		int before = waits.size();
		waits.keySet().retainAll(failed.keySet());
		return before - waits.size();
	}
}

package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.distributionhub.platform.ports.in.FindListenerProgress;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What is being delivered on this thread, between the listener guard and Spring Modulith's marks on the publication
 * repository: which listener, which publication Spring Modulith named when it started (its PROCESSING mark), and
 * whether the listener's transaction committed the completion. A delivery inside another (a listener that runs on
 * its caller's thread) stacks on top and restores the outer one when it ends. Across threads it knows since when each
 * running delivery of this process runs, for the staleness check (in memory only: no write per delivery), counts the
 * deliveries under way and notes when the last one ended, so health can tell listeners that work from listeners that
 * all wait.
 */
@Component
public class DeliveriesInProgress implements FindListenerProgress {

	private static final ThreadLocal<Delivery> CURRENT = new ThreadLocal<>();

	private final Map<UUID, Instant> startedAt = new ConcurrentHashMap<>();
	/** Deliveries that ended here without completing in the listener's transaction, and when. */
	private final Map<UUID, Instant> endedUncompleted = new ConcurrentHashMap<>();
	private final AtomicInteger underWay = new AtomicInteger();
	private final AtomicLong finished = new AtomicLong();
	private final Clock clock;
	private volatile Instant lastFinished;

	DeliveriesInProgress(Clock clock) {
		this.clock = clock;
		this.lastFinished = clock.instant();
	}

	void begin(String listenerId) {
		Delivery outer = CURRENT.get();
		if (outer == null) {
			underWay.incrementAndGet();
		}
		CURRENT.set(new Delivery(listenerId, outer));
	}

	void end() {
		Delivery delivery = CURRENT.get();
		if (delivery != null) {
			if (delivery.publication != null) {
				startedAt.remove(delivery.publication);
				if (!delivery.completed && !delivery.failedMarkWritten) {
					endedUncompleted.put(delivery.publication, clock.instant());
				}
			}
			if (delivery.outer == null) {
				CURRENT.remove();
				underWay.decrementAndGet();
				finished.incrementAndGet();
				lastFinished = clock.instant();
			}
			else {
				CURRENT.set(delivery.outer);
			}
		}
	}

	@Override
	public ListenerProgressView progress() {
		return new ListenerProgressView(underWay.get(), finished.get(), lastFinished);
	}

	/**
	 * Spring Modulith starts delivering this publication on this thread; false outside a guarded delivery (then its
	 * PROCESSING mark is written as usual).
	 */
	public boolean starting(UUID publicationId) {
		Delivery delivery = CURRENT.get();
		if (delivery == null || delivery.publication != null) {
			return false;
		}
		delivery.publication = publicationId;
		startedAt.put(publicationId, clock.instant());
		endedUncompleted.remove(publicationId);
		return true;
	}

	/** When this process started the delivery of the publication that is still running, null if none runs here. */
	@Nullable
	Instant runningSince(UUID publicationId) {
		return startedAt.get(publicationId);
	}

	/**
	 * When a delivery of the publication last ended here without completing it (it failed, or its completion could
	 * not be written), null if none did. Normally its FAILED mark follows at once; one still in flight long after its
	 * delivery ended lost that mark (the database was away) and will not run again by itself.
	 */
	@Nullable
	Instant endedUncompleted(UUID publicationId) {
		return endedUncompleted.get(publicationId);
	}

	/**
	 * The publication's FAILED mark was written (on the delivering thread), or it was claimed for another attempt: its
	 * outcome is on record, so it is no longer a delivery that lost its mark.
	 */
	public void outcomeWritten(UUID publicationId) {
		Delivery delivery = CURRENT.get();
		if (delivery != null && publicationId.equals(delivery.publication)) {
			delivery.failedMarkWritten = true;
		}
		endedUncompleted.remove(publicationId);
	}

	/**
	 * The transaction that wrote these publications failed to commit with an unknown outcome (a connection broken while
	 * committing): it may have committed on the server, and then nothing dispatched them. Taken like a delivery that
	 * ended without writing its outcome, so they are stale {@link StaleDeliveries#MARK_GRACE} from now when they exist
	 * and nothing delivers them, not only after the never-started rule's ten staleness limits.
	 */
	public void commitOutcomeUnknown(Collection<UUID> publicationIds) {
		Instant now = clock.instant();
		publicationIds.forEach(id -> endedUncompleted.putIfAbsent(id, now));
	}

	/** Forgets deliveries that ended before the instant: their outcome has long been written, or judged stale. */
	void forgetEndedBefore(Instant instant) {
		endedUncompleted.values().removeIf(ended -> ended.isBefore(instant));
	}

	/** True when the listener's committed transaction completed this publication already. */
	public boolean completedWithListener(UUID publicationId) {
		Delivery delivery = CURRENT.get();
		return delivery != null && delivery.completed && publicationId.equals(delivery.publication);
	}

	/** The publication being delivered to this listener on this thread, not yet completed, if Modulith named it. */
	@Nullable
	UUID publicationFor(String listenerId) {
		Delivery delivery = CURRENT.get();
		return delivery != null && delivery.listenerId.equals(listenerId) && !delivery.completed ? delivery.publication
				: null;
	}

	void committed(UUID publicationId) {
		Delivery delivery = CURRENT.get();
		if (delivery != null && publicationId.equals(delivery.publication)) {
			delivery.completed = true;
		}
	}

	private static final class Delivery {

		private final String listenerId;
		private final @Nullable Delivery outer;
		private @Nullable UUID publication;
		private boolean completed;
		private boolean failedMarkWritten;

		private Delivery(String listenerId, @Nullable Delivery outer) {
			this.listenerId = listenerId;
			this.outer = outer;
		}
	}
}

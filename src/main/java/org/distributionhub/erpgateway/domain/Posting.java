package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import org.distributionhub.shared.Backoff;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * One change the ERP must receive exactly once, in the order of its business key (for example "PO:4711"). A posting
 * is recorded PENDING, claimed IN_FLIGHT by one dispatcher for a lease, and then SENT with the ERP's reference,
 * returned to PENDING with a later due time after a transient failure, or PARKED after a permanent one. Operators
 * retry, park or cancel it; a final posting (SENT, CANCELLED) changes no more.
 */
@AggregateRoot
public final class Posting {

	@Identity
	private final UUID id;
	private final PostingPayload payload;
	private final String businessKey;
	private final long sequence;
	private final String idempotencyKey;
	private final Instant recordedAt;
	private final long version;
	private PostingStatus status;
	private int attempts;
	private Instant nextAttemptAt;
	private @Nullable Instant leaseUntil;
	private @Nullable String lastError;
	private @Nullable ErpReference erpReference;
	private @Nullable Instant completedAt;

	private Posting(PostingSnapshot state) {
		if (state.sequence() < 1) {
			throw new IllegalArgumentException("A posting's sequence starts at 1, was " + state.sequence());
		}
		if (state.businessKey().isBlank() || state.idempotencyKey().isBlank()) {
			throw new IllegalArgumentException("A posting needs a business key and an idempotency key");
		}
		this.id = state.id();
		this.payload = state.payload();
		this.businessKey = state.businessKey();
		this.sequence = state.sequence();
		this.idempotencyKey = state.idempotencyKey();
		this.recordedAt = state.recordedAt();
		this.version = state.version();
		this.status = state.status();
		this.attempts = state.attempts();
		this.nextAttemptAt = state.nextAttemptAt();
		this.leaseUntil = state.leaseUntil();
		this.lastError = state.lastError();
		this.erpReference = state.erpReference();
		this.completedAt = state.completedAt();
	}

	/** A new posting, due at once: the {@code sequence}-th change of its business key. */
	public static Posting record(UUID id, PostingPayload payload, PostingKeys keys, long sequence, Instant now) {
		return new Posting(new PostingSnapshot(id, payload, keys.businessKey(), sequence, keys.idempotencyKey(), now, 0,
				PostingStatus.PENDING, 0, now, null, null, null, null));
	}

	/** A posting as it was stored. */
	public static Posting restore(PostingSnapshot state) {
		return new Posting(state);
	}

	/** Whether a dispatcher may claim it now: due and pending, or in flight with a lease that ran out. */
	public boolean isClaimable(Instant now) {
		return status == PostingStatus.PENDING && !nextAttemptAt.isAfter(now)
				|| status == PostingStatus.IN_FLIGHT && leaseUntil != null && leaseUntil.isBefore(now);
	}

	/** Takes the posting for one attempt; the lease lets another dispatcher take it over if this one dies. */
	public void claim(Instant now, Instant leaseUntil) {
		if (!isClaimable(now)) {
			throw refused("claim");
		}
		this.status = PostingStatus.IN_FLIGHT;
		this.attempts++;
		this.leaseUntil = leaseUntil;
	}

	/**
	 * Whether an earlier attempt may have reached the ERP, so the ERP must be asked for our reference before the
	 * posting is sent again. The first attempt cannot have been preceded by any.
	 */
	public boolean mayHaveReachedErp() {
		return attempts > 1;
	}

	/** Hands a claimed posting back untried (the ERP call was not permitted): it is due again at once. */
	public void release() {
		requireInFlight("release");
		this.status = PostingStatus.PENDING;
		this.attempts--;
		this.leaseUntil = null;
	}

	public void markSent(ErpReference reference, Instant now) {
		requireInFlight("mark as sent");
		this.status = PostingStatus.SENT;
		this.erpReference = reference;
		this.leaseUntil = null;
		this.completedAt = now;
	}

	/** The ERP could not take it now (down, slow, overloaded): it is tried again after the backoff. */
	public void failTransiently(String reason, Instant now, Backoff backoff, DoubleSupplier random) {
		requireInFlight("retry after a transient failure");
		this.status = PostingStatus.PENDING;
		this.lastError = reason;
		this.leaseUntil = null;
		this.nextAttemptAt = backoff.nextAttemptAt(attempts, now, random);
	}

	/** The ERP refused it for good (invalid data, no permission): it waits for an operator and holds back its key. */
	public void failPermanently(String reason) {
		requireInFlight("park after a permanent failure");
		this.status = PostingStatus.PARKED;
		this.lastError = reason;
		this.leaseUntil = null;
	}

	/** An operator sends a parked or waiting posting again, now. */
	public void retry(Instant now) {
		if (status != PostingStatus.PARKED && status != PostingStatus.PENDING) {
			throw refused("retry");
		}
		this.status = PostingStatus.PENDING;
		this.nextAttemptAt = now;
	}

	/** An operator holds a waiting posting back (and with it the later postings of its key). */
	public void park(String reason) {
		if (status != PostingStatus.PENDING) {
			throw refused("park");
		}
		this.status = PostingStatus.PARKED;
		this.lastError = "Parked by an operator: " + reason;
	}

	/** An operator gives up on a posting that was never confirmed sent; the later postings of its key go on. */
	public void cancel(String reason, Instant now) {
		if (status != PostingStatus.PENDING && status != PostingStatus.PARKED) {
			throw refused("cancel");
		}
		this.status = PostingStatus.CANCELLED;
		this.lastError = "Cancelled by an operator: " + reason;
		this.completedAt = now;
	}

	public PostingSnapshot snapshot() {
		return new PostingSnapshot(id, payload, businessKey, sequence, idempotencyKey, recordedAt, version,
				status, attempts, nextAttemptAt, leaseUntil, lastError, erpReference, completedAt);
	}

	private void requireInFlight(String action) {
		if (status != PostingStatus.IN_FLIGHT) {
			throw refused(action);
		}
	}

	private PostingStateException refused(String action) {
		return new PostingStateException("Cannot %s posting %s (%s #%d) while it is %s".formatted(action, id,
				businessKey, sequence, status));
	}

	public UUID id() {
		return id;
	}

	public PostingType type() {
		return payload.type();
	}

	public String businessKey() {
		return businessKey;
	}

	public long sequence() {
		return sequence;
	}

	public PostingPayload payload() {
		return payload;
	}

	public String idempotencyKey() {
		return idempotencyKey;
	}

	public PostingStatus status() {
		return status;
	}

	public int attempts() {
		return attempts;
	}

	public Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	public @Nullable String lastError() {
		return lastError;
	}

	public @Nullable ErpReference erpReference() {
		return erpReference;
	}

	/** The version the posting was loaded with; the ledger stores a change only over that very version. */
	public long version() {
		return version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Posting posting && posting.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}
}

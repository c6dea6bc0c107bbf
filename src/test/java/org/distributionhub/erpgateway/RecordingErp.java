package org.distributionhub.erpgateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.jspecify.annotations.Nullable;

/**
 * An ERP for the dispatcher tests: it keeps the documents it created by our reference, counts creations per
 * idempotency key, remembers the order in which each business key's postings arrived and notices two postings of one
 * key being sent at once. Tests switch it down, make it refuse, or make it lose its answer after creating.
 */
public final class RecordingErp implements ErpClient {

	/** What the ERP does with a posting before (or instead of) creating it. */
	public enum Behaviour {
		ACCEPT, DOWN, ACCEPT_BUT_LOSE_ANSWER
	}

	private final Map<String, ErpReference> documents = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> creations = new ConcurrentHashMap<>();
	private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
	private final Map<String, Boolean> sending = new ConcurrentHashMap<>();
	private final List<String> overlaps = new ArrayList<>();
	private final AtomicInteger calls = new AtomicInteger();
	private final AtomicInteger concurrent = new AtomicInteger();
	private final AtomicInteger maxConcurrent = new AtomicInteger();
	private volatile Function<Posting, Behaviour> behaviour = posting -> Behaviour.ACCEPT;
	private volatile @Nullable String refusedBusinessKey;
	private final long latencyMillis;

	public RecordingErp(long latencyMillis) {
		this.latencyMillis = latencyMillis;
	}

	public void behave(Function<Posting, Behaviour> behaviour) {
		this.behaviour = behaviour;
	}

	/** Every posting of this business key is refused as invalid. */
	public void refuse(@Nullable String businessKey) {
		this.refusedBusinessKey = businessKey;
	}

	@Override
	public ErpResult send(Posting posting) {
		calls.incrementAndGet();
		if (sending.putIfAbsent(posting.businessKey(), Boolean.TRUE) != null) {
			synchronized (overlaps) {
				overlaps.add(posting.businessKey() + " #" + posting.sequence());
			}
		}
		int now = concurrent.incrementAndGet();
		maxConcurrent.accumulateAndGet(now, Math::max);
		try {
			sleep();
			if (posting.businessKey().equals(refusedBusinessKey)) {
				return new ErpResult.PermanentFailure("422 partner_id is required");
			}
			var mode = behaviour.apply(posting);
			if (mode == Behaviour.DOWN) {
				return new ErpResult.TransientFailure("503 Service Unavailable");
			}
			var reference = new ErpReference("DOC-" + posting.idempotencyKey());
			documents.put(posting.idempotencyKey(), reference);
			creations.computeIfAbsent(posting.idempotencyKey(), key -> new AtomicInteger()).incrementAndGet();
			arrivals.computeIfAbsent(posting.businessKey(), key -> new java.util.concurrent.CopyOnWriteArrayList<>())
				.add(posting.sequence());
			if (mode == Behaviour.ACCEPT_BUT_LOSE_ANSWER) {
				throw new IllegalStateException("Connection reset after the ERP accepted");
			}
			return new ErpResult.Accepted(reference);
		}
		finally {
			concurrent.decrementAndGet();
			sending.remove(posting.businessKey());
		}
	}

	@Override
	public Optional<ErpReference> findByReference(Posting posting) {
		return Optional.ofNullable(documents.get(posting.idempotencyKey()));
	}

	public int creations(String idempotencyKey) {
		var count = creations.get(idempotencyKey);
		return count == null ? 0 : count.get();
	}

	public List<Long> arrivals(String businessKey) {
		return List.copyOf(arrivals.getOrDefault(businessKey, List.of()));
	}

	public List<String> overlaps() {
		synchronized (overlaps) {
			return List.copyOf(overlaps);
		}
	}

	public int calls() {
		return calls.get();
	}

	public int maxConcurrent() {
		return maxConcurrent.get();
	}

	private void sleep() {
		try {
			Thread.sleep(latencyMillis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

package org.distributionhub.erpgateway.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingSnapshot;
import org.distributionhub.erpgateway.domain.PostingStatus;
import org.distributionhub.erpgateway.ports.out.PostingLedger;

/** The posting ledger in memory, with the JDBC ledger's claim rules, for application tests on one thread. */
class InMemoryPostingLedger implements PostingLedger {

	private final Map<UUID, PostingSnapshot> rows = new ConcurrentHashMap<>();

	@Override
	public synchronized Optional<Posting> append(UUID id, PostingPayload payload, PostingKeys keys, Instant now) {
		long next = rows.values().stream().filter(it -> it.businessKey().equals(keys.businessKey()))
			.mapToLong(PostingSnapshot::sequence).max().orElse(0) + 1;
		var posting = Posting.record(id, payload, keys, next, now);
		return add(posting) ? Optional.of(posting) : Optional.empty();
	}

	@Override
	public synchronized boolean add(Posting posting) {
		var row = posting.snapshot();
		boolean taken = rows.values().stream().anyMatch(it -> it.idempotencyKey().equals(row.idempotencyKey())
				|| it.businessKey().equals(row.businessKey()) && it.sequence() == row.sequence());
		if (!taken) {
			rows.put(row.id(), row.withVersion(0));
		}
		return !taken;
	}

	@Override
	public Optional<Posting> find(UUID id) {
		return Optional.ofNullable(rows.get(id)).map(Posting::restore);
	}

	@Override
	public Optional<Posting> findByIdempotencyKey(String idempotencyKey) {
		return rows.values().stream().filter(it -> it.idempotencyKey().equals(idempotencyKey)).findFirst()
			.map(Posting::restore);
	}

	@Override
	public List<Posting> byBusinessKey(String businessKey) {
		return rows.values().stream().filter(it -> it.businessKey().equals(businessKey))
			.sorted(Comparator.comparingLong(PostingSnapshot::sequence)).map(Posting::restore).toList();
	}

	@Override
	public List<Posting> lockClaimable(Instant now, int limit) {
		return rows.values().stream()
			.filter(it -> Posting.restore(it).isClaimable(now))
			.filter(it -> rows.values().stream().noneMatch(other -> other.businessKey().equals(it.businessKey())
					&& (other.sequence() < it.sequence() && other.status().holdsBackItsKey()
							|| !other.id().equals(it.id()) && other.status() == PostingStatus.IN_FLIGHT)))
			.sorted(Comparator.comparing(PostingSnapshot::nextAttemptAt).thenComparing(PostingSnapshot::id))
			.limit(limit)
			.map(Posting::restore)
			.toList();
	}

	@Override
	public synchronized Optional<Posting> update(Posting posting) {
		var row = posting.snapshot();
		var stored = rows.get(row.id());
		if (stored == null || stored.version() != row.version()) {
			return Optional.empty();
		}
		var updated = row.withVersion(row.version() + 1);
		rows.put(row.id(), updated);
		return Optional.of(Posting.restore(updated));
	}

	@Override
	public long count(PostingStatus status) {
		return rows.values().stream().filter(it -> it.status() == status).count();
	}

	@Override
	public Optional<Instant> oldestUnsentRecordedAt() {
		return rows.values().stream().filter(it -> it.status().holdsBackItsKey()).map(PostingSnapshot::recordedAt)
			.min(Comparator.naturalOrder());
	}

	@Override
	public List<Posting> parked(int page, int size) {
		return rows.values().stream().filter(it -> it.status() == PostingStatus.PARKED)
			.sorted(Comparator.comparing(PostingSnapshot::recordedAt)).skip((long) page * size).limit(size)
			.map(Posting::restore).toList();
	}
}

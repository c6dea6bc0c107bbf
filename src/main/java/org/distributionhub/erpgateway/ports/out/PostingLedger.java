package org.distributionhub.erpgateway.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingStatus;

/** The posting ledger: durable postings, their order per business key and safe claims across hub instances. */
public interface PostingLedger {

	/**
	 * Records a new posting as the next of its business key's sequence (1 for a new key), the place found in the same
	 * write, and returns it as recorded; empty (and nothing added) when its idempotency key is taken already or another
	 * instance took that place at the same moment.
	 */
	Optional<Posting> append(UUID id, PostingPayload payload, PostingKeys keys, Instant now);

	/**
	 * Adds a new posting; false (and nothing added) when its idempotency key or its place in the business key's
	 * sequence is taken already, for instance by another instance recording at the same moment.
	 */
	boolean add(Posting posting);

	Optional<Posting> find(UUID id);

	Optional<Posting> findByIdempotencyKey(String idempotencyKey);

	List<Posting> byBusinessKey(String businessKey);

	/**
	 * At most {@code limit} postings claimable now, oldest due first: each the first unfinished posting of its
	 * business key, none of a key with another posting in flight. They stay locked until the caller's transaction
	 * ends, and a second instance asking meanwhile skips them, so two instances never get the same posting.
	 */
	List<Posting> lockClaimable(Instant now, int limit);

	/**
	 * Stores a changed posting over the version it was loaded with and returns it as stored (with its new version);
	 * empty, and nothing stored, if it changed meanwhile.
	 */
	Optional<Posting> update(Posting posting);

	long count(PostingStatus status);

	Optional<Instant> oldestUnsentRecordedAt();

	List<Posting> parked(int page, int size);
}

package org.distributionhub.erpgateway.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the ledger holds: the backlog, the parked postings with their reasons, a business key's history. */
public interface FindPostings {

	Optional<PostingView> find(UUID postingId);

	/** Every posting of a business key, in sequence. */
	List<PostingView> byBusinessKey(String businessKey);

	/** Every posting of a purchase order (its acknowledgement updates and goods receipts), in sequence. */
	List<PostingView> forPurchaseOrder(String poNumber);

	/** Parked postings, oldest first. */
	List<PostingView> parked(int page, int size);

	Backlog backlog();

	/** Postings not yet sent by state; {@code oldestPendingSince} is when the oldest unsent posting was recorded. */
	record Backlog(long pending, long inFlight, long parked, @Nullable Instant oldestPendingSince) {
	}
}

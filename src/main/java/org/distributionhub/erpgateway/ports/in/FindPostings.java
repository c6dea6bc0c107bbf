package org.distributionhub.erpgateway.ports.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** What the ledger holds: the backlog, the parked postings with their reasons, a business key's history. */
@NamedInterface("api")
public interface FindPostings {

	Optional<PostingView> find(UUID postingId);

	/** Every posting of a business key, in sequence. */
	List<PostingView> byBusinessKey(String businessKey);

	/** Parked postings, oldest first. */
	List<PostingView> parked(int page, int size);

	Backlog backlog();

	/** Postings not yet sent by state; {@code oldestPendingSince} is when the oldest unsent posting was recorded. */
	@NamedInterface("api")
	record Backlog(long pending, long inFlight, long parked, @Nullable Instant oldestPendingSince) {
	}
}

package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.ParkedStatus;
import org.jspecify.annotations.Nullable;

/** Documents parked because something in them could not be mapped, kept until a replay applies them. */
public interface MappingExceptions {

	/** Parks a document; parking the same document again only updates its reason. */
	void park(UUID messageId, int documentIndex, String supplierId, @Nullable String poNumber, String reason,
			Instant now);

	Optional<Parked> find(UUID id);

	List<Parked> list(@Nullable String supplierId, boolean openOnly, int limit);

	/** One page of them, newest first. */
	List<Parked> list(@Nullable String supplierId, boolean openOnly, long offset, int limit);

	long count(@Nullable String supplierId, boolean openOnly);

	void resolve(UUID id, Instant now, String outcome);

	void recordAttempt(UUID id, Instant now, String reason);

	/** A parked document and its state: OPEN until a replay applied it, then RESOLVED. */
	record Parked(UUID id, UUID messageId, int documentIndex, String supplierId, @Nullable String poNumber,
			String reason, ParkedStatus status, Instant parkedAt, @Nullable Instant resolvedAt, int replays,
			@Nullable String outcome) {
	}
}

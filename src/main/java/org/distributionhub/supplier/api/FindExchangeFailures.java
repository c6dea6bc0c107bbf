package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What went wrong in the exchange with suppliers and needs a person: partner messages refused or failed, interchange
 * control numbers reused with other content, and outbox documents whose webhook delivery gave up. Test traffic is
 * left out: it changes nothing.
 */
public interface FindExchangeFailures {

	/** Live messages received after {@code since} that were REFUSED or FAILED (not control number reuses), newest first. */
	List<FailedMessage> failedMessages(Instant since, int limit);

	/** Live messages received after {@code since} that reused an interchange control number, newest first. */
	List<ReusedControlNumber> reusedControlNumbers(Instant since, int limit);

	/** Outbox documents whose webhook delivery gave up after its last attempt, newest first. */
	List<GaveUpDelivery> webhooksGivenUp(int limit);

	record FailedMessage(UUID messageId, String supplierId, Channel channel, Instant receivedAt, MessageStatus status,
			String summary) {
	}

	/** A message that reused the control number of {@code firstMessageId}, received at {@code firstReceivedAt}. */
	record ReusedControlNumber(UUID messageId, String supplierId, String controlNumber, Instant receivedAt,
			@Nullable UUID firstMessageId, @Nullable Instant firstReceivedAt) {
	}

	/** An outbox document (for a purchase order, its number is the reference) its webhook never took. */
	record GaveUpDelivery(UUID outboxId, String supplierId, OutboxKind kind, String reference, Instant createdAt,
			int attempts, @Nullable String lastError) {
	}
}

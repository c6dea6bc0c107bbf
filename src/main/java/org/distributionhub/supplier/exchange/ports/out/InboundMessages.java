package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageStatus;

/** The verbatim store of every partner message, with its outcome. */
public interface InboundMessages {

	void insert(StoredMessage message);

	void updateOutcome(UUID id, MessageStatus status, String summary, List<DocumentOutcome> documents);

	Optional<StoredMessage> find(UUID id);

	Optional<StoredMessage> findByIdempotencyKey(String supplierId, String idempotencyKey);

	/**
	 * The first message that brought an interchange with this key (standard, sender, control number) since
	 * {@code since} and was taken in (not refused, not failed), if any.
	 */
	Optional<StoredMessage.FirstUse> firstUse(String interchangeKey, Instant since);

	/**
	 * Messages whose id, correlation id, interchange control number or purchase order numbers are the key, oldest
	 * first.
	 */
	List<StoredMessage.Header> about(String key, int limit);

	StoredMessage.Page list(StoredMessage.Filter filter, int page, int size);

	/** The supplier's messages with a document naming this purchase order, oldest first. */
	List<StoredMessage.AboutOrder> aboutPurchaseOrder(String supplierId, String poNumber);
}

package org.distributionhub.supplier.exchange.ports.in;


import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Takes in one message a partner sent (partner API JSON, X12, EDIFACT or CSV; by API or file): keeps it verbatim,
 * reads it, answers it (997) and applies what it says once. Never throws for what the partner sent: the receipt
 * says what was wrong.
 */
public interface ReceivePartnerMessage {

	MessageReceipt receive(ReceiveMessageCommand command);

	/**
	 * {@code source} says how it came (API, FILE); an idempotency key
	 * makes a repeated request return the first receipt.
	 */
	record ReceiveMessageCommand(String supplierId, Channel channel, String source, @Nullable String contentType,
			@Nullable String fileName, byte[] content, @Nullable String idempotencyKey) {
	}
}

package org.distributionhub.supplier.exchange.ports.in;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Tells a supplier that an invoice it sent was rejected, through the channel that brought it: an 824 or APERAK in
 * its outbox folder, a webhook for an API partner with one, a CSV file for the others.
 */
public interface TellInvoiceRejected {

	void tell(InvoiceRejectedCommand command);

	/** {@code channel} is the channel that brought the invoice as the event names it (X12, EDIFACT, CSV, API or JSON). */
	record InvoiceRejectedCommand(String supplierId, String invoiceNumber, @Nullable String poNumber, String reason,
			String channel, Instant rejectedAt) {
	}
}

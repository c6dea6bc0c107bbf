package org.distributionhub.supplier.procurement.application;

import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.springframework.stereotype.Component;

/**
 * Takes a supplier's invoice or credit note in, in the message's transaction: once per invoice number of the
 * supplier, mapped to our PO lines, matched three ways.
 */
@Component
class SupplierInvoiceIntake {

	DocumentOutcome apply(ReceivedMessage message, ReceivedInvoice invoice, PartnerProfile profile)
			throws MappingFailure {
		throw new MappingFailure("Invoice " + invoice.invoiceNumber() + ": supplier invoices are not applied yet");
	}
}

package org.distributionhub.console.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceSummary;
import org.springframework.stereotype.Component;

/**
 * Supplier invoices held by the three-way match, the longest held first: each with the value at stake and its
 * reasons, linking to the held queue where an operator decides. No customer order waits on an invoice.
 */
@Component
class InvoiceIncidents implements IncidentSource {

	private final FindSupplierInvoices invoices;
	private final OperationsProperties settings;

	InvoiceIncidents(FindSupplierInvoices invoices, OperationsProperties settings) {
		this.invoices = invoices;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		return invoices.held(settings.maxPerKind()).stream().map(InvoiceIncidents::held).toList();
	}

	private static IncidentDraft held(InvoiceSummary invoice) {
		Instant since = invoice.heldSince() != null ? invoice.heldSince() : invoice.receivedAt();
		String summary = (invoice.creditNote() ? "Credit note " : "Invoice ") + invoice.invoiceNumber()
				+ " of supplier " + invoice.supplierId() + (invoice.poNumber() == null ? "" : " for PO " + invoice.poNumber())
				+ " held, " + invoice.currency() + " " + String.format(Locale.ROOT, "%,.2f", invoice.total().abs())
				+ " at stake" + (invoice.holdReasons().isEmpty() ? "" : ": " + String.join("; ", invoice.holdReasons()));
		return IncidentDraft.of(IncidentKind.SUPPLIER_INVOICE_HELD, invoice.supplierId() + " " + invoice.invoiceNumber(),
				since, summary, "/console/invoices/held");
	}
}

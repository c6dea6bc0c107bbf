package org.distributionhub.console.adapters.in.web;

import org.distributionhub.supplier.api.DecideSupplierInvoices;
import org.distributionhub.supplier.api.DecideSupplierInvoices.InvoiceDecisionRefused;
import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An approval or rejection of a held invoice by the signed-in person, for the console and the staff API alike: a
 * reason is required; a refusal is told apart as the invoice being unknown, no longer held (a conflict), or the
 * decision refused for another reason (over the role's approval limit).
 */
@Component
class InvoiceDecisions {

	enum Outcome {
		DECIDED, NOT_FOUND, NO_REASON, NOT_HELD, REFUSED
	}

	record Decision(Outcome outcome, @Nullable InvoiceStatus status, String message) {
	}

	private final FindSupplierInvoices invoices;
	private final DecideSupplierInvoices decide;

	InvoiceDecisions(FindSupplierInvoices invoices, DecideSupplierInvoices decide) {
		this.invoices = invoices;
		this.decide = decide;
	}

	Decision take(long invoiceId, boolean approve, @Nullable String reason, Authentication caller) {
		var invoice = invoices.invoice(invoiceId);
		if (invoice.isEmpty()) {
			return new Decision(Outcome.NOT_FOUND, null, "No supplier invoice " + invoiceId);
		}
		String number = "Invoice " + invoice.get().summary().invoiceNumber() + " of supplier "
				+ invoice.get().summary().supplierId();
		if (InvoiceFilters.blank(reason)) {
			return new Decision(Outcome.NO_REASON, invoice.get().summary().status(),
					(approve ? "Approving " : "Rejecting ") + "an invoice needs a reason");
		}
		try {
			InvoiceStatus status = approve
					? decide.approve(invoiceId, reason.strip(), caller.getName(), InvoiceFilters.role(caller))
					: decide.reject(invoiceId, reason.strip(), caller.getName());
			return new Decision(Outcome.DECIDED, status, number + (approve ? " approved" : " rejected") + ": " + status);
		}
		catch (InvoiceDecisionRefused refused) {
			InvoiceStatus now = invoices.invoice(invoiceId).map(it -> it.summary().status()).orElse(null);
			return new Decision(now == InvoiceStatus.HELD ? Outcome.REFUSED : Outcome.NOT_HELD, now,
					number + " was not " + (approve ? "approved" : "rejected") + ": " + refused.getMessage());
		}
	}
}

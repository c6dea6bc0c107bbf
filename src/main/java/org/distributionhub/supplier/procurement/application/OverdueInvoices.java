package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.time.Instant;

import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.ports.in.HoldOverdueInvoices;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds invoices whose wait for their goods has passed (NO_RECEIPT_YET) and publishes SupplierInvoiceHeld once:
 * under its order's lock (as goods arriving re-match it), and saved only if nobody changed it since it was read, so
 * of several hubs checking at the same time one holds it and the others leave it.
 */
@Service
class OverdueInvoices implements HoldOverdueInvoices {

	private final SupplierInvoices invoices;
	private final PurchaseOrders orders;
	private final InvoiceMatching matching;
	private final Clock clock;

	OverdueInvoices(SupplierInvoices invoices, PurchaseOrders orders, InvoiceMatching matching, Clock clock) {
		this.invoices = invoices;
		this.orders = orders;
		this.matching = matching;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int holdDue() {
		Instant now = clock.instant();
		int held = 0;
		for (long id : invoices.waitedTooLong(now, 500)) {
			SupplierInvoice invoice = invoices.find(id).orElse(null);
			if (invoice != null && invoice.poNumber() != null) {
				// Goods arriving re-match under the order's lock: take it, then read the invoice as it is now.
				orders.findForUpdate(new PurchaseOrderId(invoice.supplierId(), invoice.poNumber()));
				invoice = invoices.find(id).orElse(null);
			}
			if (invoice != null && invoice.holdIfWaitedTooLong(now) && invoices.update(invoice)) {
				matching.announce(invoice, null);
				held++;
			}
		}
		return held;
	}
}

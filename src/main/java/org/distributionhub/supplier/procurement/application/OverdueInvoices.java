package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.time.Instant;

import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.ports.in.HoldOverdueInvoices;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds invoices whose wait for their goods has passed (NO_RECEIPT_YET) and publishes SupplierInvoiceHeld once:
 * under its order's lock (as goods arriving re-match it), and saved only if nobody changed it since it was read, so
 * of several hubs checking at the same time one holds it and the others leave it. Each invoice in a transaction of
 * its own, so one that fails (logged) does not hold back the others.
 */
@Service
class OverdueInvoices implements HoldOverdueInvoices {

	private final SupplierInvoices invoices;
	private final PurchaseOrders orders;
	private final InvoiceMatching matching;
	private static final Logger log = LoggerFactory.getLogger(OverdueInvoices.class);

	private final Clock clock;
	private final TransactionTemplate transactions;

	OverdueInvoices(SupplierInvoices invoices, PurchaseOrders orders, InvoiceMatching matching, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.invoices = invoices;
		this.orders = orders;
		this.matching = matching;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public int holdDue() {
		Instant now = clock.instant();
		int held = 0;
		for (long id : invoices.waitedTooLong(now, 500)) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> hold(id, now)))) {
					held++;
				}
			}
			catch (RuntimeException failed) {
				log.warn("Could not hold supplier invoice {} that waited too long for its goods: {}", id,
						failed.toString());
			}
		}
		return held;
	}

	private boolean hold(long id, Instant now) {
		SupplierInvoice invoice = invoices.find(id).orElse(null);
		if (invoice != null && invoice.poNumber() != null) {
			// Goods arriving re-match under the order's lock: take it, then read the invoice as it is now.
			orders.findForUpdate(new PurchaseOrderId(invoice.supplierId(), invoice.poNumber()));
			invoice = invoices.find(id).orElse(null);
		}
		if (invoice != null && invoice.holdIfWaitedTooLong(now) && invoices.update(invoice)) {
			matching.announce(invoice, null);
			return true;
		}
		return false;
	}
}

package org.distributionhub.supplier.procurement.ports.in;

/** Holds supplier invoices that waited for their goods past the supplier's wait, each once. */
public interface HoldOverdueInvoices {

	/** Returns how many invoices were held. */
	int holdDue();
}

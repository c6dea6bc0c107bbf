package org.distributionhub.supplier.procurement.ports.out;

/** Counts what became of supplier invoices: matched, held, waiting, duplicate, rejected, approved. */
public interface InvoiceOutcomes {

	/** Counts one outcome once the caller's transaction commits (at once when there is none). */
	void count(String outcome);
}

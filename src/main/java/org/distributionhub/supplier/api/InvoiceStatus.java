package org.distributionhub.supplier.api;

/** Where a supplier invoice stands in the three-way match. */
public enum InvoiceStatus {

	/** Matches its PO but not (all of) its goods are received yet: it waits for the receipt, then is held. */
	WAITING_FOR_GOODS,
	/** Agreed with PO and receipts within the supplier's tolerances: billed in the ERP. */
	MATCHED,
	/** Did not match: waits for an operator to approve or reject it. */
	HELD,
	/** Held, then approved by a person with a reason: billed in the ERP. */
	APPROVED,
	/** Rejected by a person or by the rules: not billed; the supplier was told. */
	REJECTED
}

package org.distributionhub.supplier.api;

import org.distributionhub.platform.api.StaffRole;

/**
 * An operator's decision on a held supplier invoice, with a reason. Approving bills it in the ERP as it is; the
 * amount one role may approve is limited (hub.supplier.invoices.approval-limits). Rejecting tells the supplier by its
 * channel. Both are in the audit trail. Refusals throw {@link InvoiceDecisionRefused} with a message for people.
 */
public interface DecideSupplierInvoices {

	InvoiceStatus approve(long invoiceId, String reason, String by, StaffRole role);

	InvoiceStatus reject(long invoiceId, String reason, String by);

	/** The decision cannot be taken: not held any more, no reason, over the role's approval limit, unknown id. */
	final class InvoiceDecisionRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public InvoiceDecisionRefused(String message) {
			super(message);
		}
	}
}

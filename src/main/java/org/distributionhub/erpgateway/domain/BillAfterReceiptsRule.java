package org.distributionhub.erpgateway.domain;

import java.util.List;

/**
 * No bill before its goods: a vendor bill is recorded only once the goods receipt postings of every receipt it was
 * matched with are, so it comes after them in its purchase order's sequence, and the ERP gets the receipts first.
 */
public final class BillAfterReceiptsRule {

	private BillAfterReceiptsRule() {
	}

	/** The postings the bill waits for: the goods receipt posting of each receipt it names. */
	public static List<Prerequisite> prerequisitesOf(VendorBill bill) {
		return bill.receipts().stream()
			.map(receipt -> new Prerequisite(PostingKeys.receipt(receipt.warehouse(), receipt.receiptId()),
					"the goods receipt posting of " + receipt.receiptId() + " at " + receipt.warehouse()))
			.toList();
	}
}

package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BillAfterReceiptsRuleTest {

	private final VendorBill bill = bill(false, List.of(new VendorBill.Receipt("WH-1", "R-1"),
			new VendorBill.Receipt("WH-2", "R-2")));

	@Test
	void aBillWaitsForTheGoodsReceiptPostingOfEveryReceiptItWasMatchedWith() {
		assertThat(BillAfterReceiptsRule.prerequisitesOf(bill)).containsExactly(
				new Prerequisite("receipt:WH-1:R-1", "the goods receipt posting of R-1 at WH-1"),
				new Prerequisite("receipt:WH-2:R-2", "the goods receipt posting of R-2 at WH-2"));
	}

	@Test
	void theBillIsRecordedUnderItsPurchaseOrderOnlyOnceEveryReceiptIs() {
		var request = PostingRequest.vendorBill(bill);

		assertThat(request.keys()).isEqualTo(new PostingKeys("PO:PO-9", "bill:ACME:INV-1"));
		var missing = request.firstMissing(Set.of("receipt:WH-1:R-1")::contains);
		assertThat(request.waitingFor(missing.orElseThrow())).isEqualTo("The vendor bill bill:ACME:INV-1 of PO:PO-9 "
				+ "is waiting for the goods receipt posting of R-2 at WH-2 (receipt:WH-2:R-2)");
		assertThat(request.firstMissing(Set.of("receipt:WH-1:R-1", "receipt:WH-2:R-2")::contains)).isEmpty();
	}

	@Test
	void theReceiptsAreKeyedAsTheBillExpectsThemAndACreditNoteIsAFactOfItsOwn() {
		var receipt = new GoodsReceipt("PO-9", null, "R-2", "WH-2", null,
				List.of(new MovementLine("10", "A-1", BigDecimal.ONE, "EA")));

		assertThat(PostingRequest.goodsReceipt(receipt).keys().idempotencyKey()).isEqualTo("receipt:WH-2:R-2");
		assertThat(PostingKeys.of(bill(true, List.of()))).isEqualTo(new PostingKeys("PO:PO-9", "credit-note:ACME:INV-1"));
		assertThat(PostingRequest.vendorBill(bill(true, List.of())).requires()).isEmpty();
		assertThat(PostingType.VENDOR_BILL.describe()).isEqualTo("vendor bill");
	}

	@Test
	void aBillNamesItsSupplierInvoiceAndHasLines() {
		assertThatThrownBy(() -> new VendorBill("PO-9", "ACME", " ", false, null, null, null,
				List.of(line()), List.of(), null, List.of(), null, null))
			.hasMessage("invoiceNumber is missing");
		assertThatThrownBy(() -> new VendorBill("PO-9", "ACME", "INV-1", false, null, null, null,
				List.of(), List.of(), null, List.of(), null, null))
			.hasMessage("lines are missing");
	}

	private static VendorBill bill(boolean creditNote, List<VendorBill.Receipt> receipts) {
		return new VendorBill("PO-9", "ACME", "INV-1", creditNote, null, null, "EUR", List.of(line()), List.of(),
				BigDecimal.TEN, receipts, null, null);
	}

	private static VendorBill.Line line() {
		return new VendorBill.Line("10", "A-1", BigDecimal.ONE, "EA", BigDecimal.TEN, BigDecimal.TEN);
	}
}

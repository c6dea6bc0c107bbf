package org.distributionhub.erpgateway.adapters.in.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.distributionhub.erpgateway.VendorBillEvents;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Matched supplier invoices published by the supplier module become vendor bill postings under their PO's key, after
 * the goods receipt postings they were matched with, whichever the gateway hears first; each invoice and each credit
 * note posted once. The file ERP writes the bill for an importer after the receipt.
 */
@SpringBootTest(properties = { "hub.erp.dispatch.enabled=false", "hub.erp.adapter=file",
		"hub.erp.file.outbox=target/erp-outbox/vendor-bill-postings", "hub.events.retry.max-attempts=10" })
class VendorBillPostingsIT {

	private static final Path OUTBOX = Path.of("target/erp-outbox/vendor-bill-postings");
	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	ApplicationContext context;

	@Autowired
	PostingLedger ledger;

	@Autowired
	JsonMapper json;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String po = "PO-" + run;

	@Test
	void aBillHeardBeforeItsReceiptWaitsAndReachesTheErpAfterIt() throws IOException {
		var events = new VendorBillEvents(context);
		var invoice = VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run);
		events.publish(invoice);
		await().atMost(WAIT).until(() -> !events.failures(invoice.eventId()).isEmpty());
		assertThat(events.failures(invoice.eventId()).get(0)).contains("The vendor bill bill:ACME:INV-" + run + " of PO:" + po
				+ " is waiting for the goods receipt posting of R-" + run + " at WH-1 (receipt:WH-1:R-" + run + ")");
		assertThat(events.of(po)).isEmpty();

		events.publish(VendorBillEvents.receipt(po, "R-" + run, "10", "A-1", 4));
		events.awaitRecorded(po, 2);

		assertThat(events.of(po)).extracting(PostingView::type, PostingView::sequence,
				PostingView::idempotencyKey)
			.containsExactly(tuple("GOODS_RECEIPT", 1L, "receipt:WH-1:R-" + run),
					tuple("VENDOR_BILL", 2L, "bill:ACME:INV-" + run));
		var bill = (VendorBill) ledger.findByIdempotencyKey("bill:ACME:INV-" + run).orElseThrow().payload();
		assertThat(bill.poNumber()).isEqualTo(po);
		assertThat(bill.creditNote()).isFalse();
		assertThat(bill.invoiceDate()).isEqualTo(LocalDate.parse("2026-11-30"));
		assertThat(bill.currency()).isEqualTo("EUR");
		assertThat(bill.lines()).extracting(VendorBill.Line::lineNumber, VendorBill.Line::sku,
				line -> line.quantity().toPlainString(), line -> line.unitPrice().toPlainString())
			.containsExactly(tuple("10", "A-1", "4", "9.50"));
		assertThat(bill.charges()).extracting(VendorBill.Charge::kind, charge -> charge.amount().toPlainString())
			.containsExactly(tuple("TAX", "7.22"), tuple("CHARGE", "5.00"));
		assertThat(bill.total()).isEqualByComparingTo("50.22");
		assertThat(bill.receipts()).containsExactly(new VendorBill.Receipt("WH-1", "R-" + run));

		events.drain(po, 2);
		var receiptFile = OUTBOX.resolve("receipt_WH-1_R-" + run + ".json");
		var billFile = OUTBOX.resolve("bill_ACME_INV-" + run + ".json");
		assertThat(Files.getLastModifiedTime(billFile)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(receiptFile));
		var written = json.readTree(Files.readString(billFile));
		assertThat(written.path("type").asString()).isEqualTo("VENDOR_BILL");
		assertThat(written.path("sequence").asLong()).isEqualTo(2);
		assertThat(written.path("payload").path("supplierId").asString()).isEqualTo("ACME");
		assertThat(written.path("payload").path("invoiceNumber").asString()).isEqualTo("INV-" + run);
		assertThat(written.path("payload").path("lines").get(0).path("unitPrice").decimalValue())
			.isEqualByComparingTo("9.50");
		assertThat(written.path("payload").path("receipts").get(0).path("receiptId").asString()).isEqualTo("R-" + run);
	}

	@Test
	void anInvoiceToldTwiceIsBilledOnceAndItsCreditNoteOnItsOwn() {
		var events = new VendorBillEvents(context);
		events.publish(VendorBillEvents.receipt(po, "R-" + run, "10", "A-1", 4));
		var invoice = VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run);
		events.publish(invoice);
		events.awaitRecorded(po, 2);
		events.publish(invoice);
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run));
		events.publish(VendorBillEvents.creditNote(po, "CN-" + run, "INV-" + run, "10", "A-1", 1));

		events.awaitRecorded(po, 3);
		events.awaitHeard(po);
		assertThat(events.of(po)).extracting(PostingView::type, PostingView::idempotencyKey)
			.containsExactly(tuple("GOODS_RECEIPT", "receipt:WH-1:R-" + run),
					tuple("VENDOR_BILL", "bill:ACME:INV-" + run), tuple("VENDOR_BILL", "credit-note:ACME:CN-" + run));
		var credit = (VendorBill) ledger.findByIdempotencyKey("credit-note:ACME:CN-" + run).orElseThrow().payload();
		assertThat(credit.creditNote()).isTrue();
		assertThat(credit.originalInvoiceNumber()).isEqualTo("INV-" + run);
		assertThat(credit.describe()).isEqualTo("credit note CN-" + run + " of ACME");
	}
}

package org.distributionhub.erpgateway.adapters.out.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.GoodsReceipt;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.domain.UnreadablePayload;
import org.distributionhub.erpgateway.domain.VendorBill;
import org.junit.jupiter.api.Test;

/**
 * The stored JSON of each posting type, exactly as the listeners of earlier versions wrote it: read into the typed
 * payload and written back unchanged, so rows recorded before an upgrade are dispatched as they were meant.
 */
class PostingPayloadJsonTest {

	static final String ACKNOWLEDGEMENT = """
			{"poNumber":"P-1","supplierId":"ACME","acknowledgementId":"ACK-1","channel":"x12","acknowledged":true,\
			"lines":[{"lineNumber":"17","sku":"A-1","quantity":60,"unit":"EA","date":"2026-12-03","unitPrice":9.50,\
			"currency":"EUR","outcomes":["DATE_CHANGED","QUANTITY_CHANGED"]},\
			{"lineNumber":"18","sku":"B-1","quantity":5,"unit":"EA","outcomes":[]}]}""";

	static final String RECEIPT = """
			{"poNumber":"PO-1","remainder":null,"receiptId":"R-1","warehouse":"WH-1",\
			"receivedAt":"2026-11-27T09:00:00Z","lines":[{"lineNumber":"10","sku":"A-1","quantity":5,"unit":"EA"},\
			{"lineNumber":null,"sku":"B-1","quantity":2,"unit":"EA"}]}""";

	static final String SHIPMENT = """
			{"orderNumber":"SO-1","remainder":null,"orderId":"O-1","channel":"web","customer":"CUST-7",\
			"shipmentId":"SHP-1","warehouse":"WH-1","dispatchedAt":"2026-11-27T16:00:00Z",\
			"lines":[{"lineNumber":"1","sku":"A-1","quantity":4,"unit":"EA"}]}""";

	static final String INVOICE = """
			{"orderNumber":"SO-1","customer":"CUST-7","invoiceDate":"2026-11-28","currency":"EUR","orderId":"O-1",\
			"channel":"web","invoiceReference":"INV-1","shipmentIds":["SHP-1"],"readyAt":"2026-11-28T00:30:00Z",\
			"lines":[{"lineNumber":1,"sku":"A-1","quantity":4,"unit":"EA","unitPrice":12.50},\
			{"lineNumber":2,"sku":"B-1","quantity":1,"unit":"EA","unitPrice":null}]}""";

	private final PostingPayloadJson json = new PostingPayloadJson();

	@Test
	void anAcknowledgementUpdateOfAnEarlierVersionIsReadAndWrittenAsItWas() {
		var update = (AcknowledgementUpdate) json.read(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, ACKNOWLEDGEMENT);

		assertThat(update.poNumber()).isEqualTo("P-1");
		assertThat(update.acknowledged()).isTrue();
		assertThat(update.lines().get(0)).isEqualTo(new AcknowledgementUpdate.Line("17", "A-1", new BigDecimal("60"),
				"EA", LocalDate.parse("2026-12-03"), new BigDecimal("9.50"), "EUR",
				java.util.List.of("DATE_CHANGED", "QUANTITY_CHANGED")));
		assertThat(json.write(update)).isEqualTo(ACKNOWLEDGEMENT);
	}

	@Test
	void anAcknowledgementUpdateCarriesTheSubstituteAndOneLinePerDate() {
		var update = new AcknowledgementUpdate("P-2", "ACME", "ACK-2", "X12", true, java.util.List.of(
				new AcknowledgementUpdate.Line("1", "NAS1149-08", new BigDecimal("12"), "EA",
						LocalDate.parse("2027-01-15"), new BigDecimal("395.50"), "USD",
						java.util.List.of("SUBSTITUTED", "DATE_CHANGED"), "NAS1149-08A"),
				new AcknowledgementUpdate.Line("1", "NAS1149-08", new BigDecimal("8"), "EA",
						LocalDate.parse("2027-02-01"), new BigDecimal("395.50"), "USD",
						java.util.List.of("SUBSTITUTED", "DATE_CHANGED"), "NAS1149-08A")));

		String written = json.write(update);
		var read = (AcknowledgementUpdate) json.read(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, written);

		assertThat(written).contains("\"substitute\":\"NAS1149-08A\"");
		assertThat(read).isEqualTo(update);
		assertThat(read.lines()).extracting(AcknowledgementUpdate.Line::deliveredSku, AcknowledgementUpdate.Line::date)
			.containsExactly(tuple("NAS1149-08A", LocalDate.parse("2027-01-15")),
					tuple("NAS1149-08A", LocalDate.parse("2027-02-01")));
		var stored = (AcknowledgementUpdate) json.read(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, ACKNOWLEDGEMENT);
		assertThat(stored.lines()).allSatisfy(line -> assertThat(line.substitute()).isNull());
	}

	@Test
	void aGoodsReceiptOfAnEarlierVersionIsReadAndWrittenAsItWas() {
		var receipt = (GoodsReceipt) json.read(PostingType.GOODS_RECEIPT, RECEIPT);

		assertThat(receipt.document()).isEqualTo("PO-1");
		assertThat(receipt.receivedAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
		assertThat(receipt.lines()).extracting(MovementLine::lineNumber, MovementLine::sku, MovementLine::quantity)
			.containsExactly(tuple("10", "A-1", new BigDecimal("5")), tuple(null, "B-1", new BigDecimal("2")));
		assertThat(json.write(receipt)).isEqualTo(RECEIPT);
	}

	@Test
	void aShipmentOfAnEarlierVersionIsReadAndWrittenAsItWas() {
		var shipment = (Shipment) json.read(PostingType.SHIPMENT, SHIPMENT);

		assertThat(shipment.document()).isEqualTo("SO-1");
		assertThat(shipment.shipmentId()).isEqualTo("SHP-1");
		assertThat(json.write(shipment)).isEqualTo(SHIPMENT);
	}

	@Test
	void aCustomerInvoiceOfAnEarlierVersionIsReadAndWrittenAsItWas() {
		var invoice = (CustomerInvoice) json.read(PostingType.CUSTOMER_INVOICE, INVOICE);

		assertThat(invoice.currency()).isEqualTo("EUR");
		assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.parse("2026-11-28"));
		assertThat(invoice.lines()).extracting(CustomerInvoice.Line::sku, CustomerInvoice.Line::unitPrice)
			.containsExactly(tuple("A-1", new BigDecimal("12.50")), tuple("B-1", null));
		assertThat(json.write(invoice)).isEqualTo(INVOICE);
	}

	@Test
	void aVendorBillIsWrittenWithEveryFieldAndReadBackTheSame() {
		String stored = """
				{"poNumber":"PO-1","supplierId":"ACME","invoiceNumber":"CN-7","creditNote":true,\
				"originalInvoiceNumber":"INV-7","invoiceDate":"2026-11-30","currency":"EUR",\
				"lines":[{"lineNumber":"10","sku":"A-1","quantity":1,"unit":"EA","unitPrice":9.50,"amount":9.50}],\
				"charges":[{"kind":"TAX","description":"VAT 19%","amount":1.81}],"total":11.31,\
				"receipts":[{"warehouse":"WH-1","receiptId":"R-1"}],"approvedBy":"olivia","approvalReason":"agreed"}""";

		var bill = (VendorBill) json.read(PostingType.VENDOR_BILL, stored);

		assertThat(bill.creditNote()).isTrue();
		assertThat(bill.lines()).extracting(VendorBill.Line::sku, VendorBill.Line::unitPrice)
			.containsExactly(tuple("A-1", new BigDecimal("9.50")));
		assertThat(bill.charges()).containsExactly(new VendorBill.Charge("TAX", "VAT 19%", new BigDecimal("1.81")));
		assertThat(bill.receipts()).containsExactly(new VendorBill.Receipt("WH-1", "R-1"));
		assertThat(json.write(bill)).isEqualTo(stored);
		assertThat(problem(PostingType.VENDOR_BILL, "{\"poNumber\":\"PO-1\",\"supplierId\":\"ACME\","
				+ "\"invoiceNumber\":\"I-1\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":1}]}"))
			.isEqualTo("Posting payload: lines[0].unitPrice is missing");
	}

	@Test
	void onlyWhatTheErpAdaptersNeedIsRequiredAndARemainderIsReadAsItsKind() {
		var receipt = (GoodsReceipt) json.read(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"PO-2\",\"remainder\":\"cancel\",\"lines\":[{\"lineNumber\":\"10\",\"quantity\":3}]}");

		assertThat(receipt.remainder()).isEqualTo(Remainder.CANCEL);
		assertThat(receipt.receiptId()).isNull();
		assertThat(json.write(receipt)).contains("\"remainder\":\"cancel\"");
	}

	@Test
	void aPayloadThatLacksWhatTheTypeNeedsIsUnreadableNamingTheField() {
		assertThat(json.read(PostingType.CUSTOMER_INVOICE,
				"{\"orderNumber\":\"SO-16\",\"customer\":\"C-77\",\"lines\":[{\"quantity\":1}]}"))
			.isEqualTo(new UnreadablePayload(PostingType.CUSTOMER_INVOICE,
					"{\"orderNumber\":\"SO-16\",\"customer\":\"C-77\",\"lines\":[{\"quantity\":1}]}",
					"Posting payload: lines[0].sku is missing"));
		assertThat(problem(PostingType.SHIPMENT, "{\"orderNumber\":\"SO-1\",\"lines\":[{\"quantity\":1}]}"))
			.isEqualTo("Posting payload: lines[0] needs a lineNumber or a sku");
		assertThat(problem(PostingType.GOODS_RECEIPT, "{\"poNumber\":\"PO-1\",\"remainder\":\"keep\",\"lines\":[]}"))
			.isEqualTo("Posting payload: remainder must be backorder or cancel, was 'keep'");
		assertThat(problem(PostingType.GOODS_RECEIPT, "[]")).isEqualTo("Posting payload: a GOODS_RECEIPT payload is a "
				+ "JSON object");
	}

	@Test
	void aPayloadThatIsNoJsonIsUnreadableAndKeptAsItWasStored() {
		var unreadable = (UnreadablePayload) json.read(PostingType.SHIPMENT, "{not json");

		assertThat(unreadable.problem()).startsWith("The payload is not JSON");
		assertThat(json.write(unreadable)).isEqualTo("{not json");
	}

	private String problem(PostingType type, String text) {
		return ((UnreadablePayload) json.read(type, text)).problem();
	}
}

package org.distributionhub.erpgateway;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.AcknowledgementUpdate;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.GoodsReceipt;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingRequest;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.domain.VendorBill;

/** Payloads, requests and postings for tests that need one of a type and care little about its content. */
public final class SamplePayloads {

	private static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");

	private SamplePayloads() {
	}

	public static GoodsReceipt goodsReceipt(String poNumber, int quantity) {
		return new GoodsReceipt(poNumber, null, "R-1", "WH-1", AT,
				List.of(new MovementLine("10", "A-1", BigDecimal.valueOf(quantity), "EA")));
	}

	public static Shipment shipment(String orderNumber, int quantity) {
		return new Shipment(orderNumber, null, "O-1", "web", "CUST-7", "SHP-1", "WH-1", AT,
				List.of(new MovementLine("1", "A-1", BigDecimal.valueOf(quantity), "EA")));
	}

	public static CustomerInvoice customerInvoice(String orderNumber) {
		return new CustomerInvoice(orderNumber, "CUST-7", LocalDate.parse("2026-11-28"), null, "O-1", "web", "INV-1",
				List.of("SHP-1"), AT, List.of(new CustomerInvoice.Line(1, "A-1", BigDecimal.ONE, "EA", null)));
	}

	public static AcknowledgementUpdate acknowledgementUpdate(String poNumber) {
		return new AcknowledgementUpdate(poNumber, "ACME", "ACK-1", "x12", true, List.of(
				new AcknowledgementUpdate.Line("10", "A-1", BigDecimal.TEN, "EA", null, null, null, List.of())));
	}

	public static VendorBill vendorBill(String poNumber) {
		return new VendorBill(poNumber, "ACME", "INV-1", false, null, LocalDate.parse("2026-11-28"), "EUR",
				List.of(new VendorBill.Line("10", "A-1", BigDecimal.TEN, "EA", new BigDecimal("9.50"),
						new BigDecimal("95.00"))),
				List.of(), new BigDecimal("95.00"), List.of(new VendorBill.Receipt("WH-1", "R-1")), null, null);
	}

	/** A payload of the type with sample content. */
	public static PostingPayload of(PostingType type) {
		return switch (type) {
			case PO_ACKNOWLEDGEMENT_UPDATE -> acknowledgementUpdate("PO-1");
			case GOODS_RECEIPT -> goodsReceipt("PO-1", 2);
			case SHIPMENT -> shipment("SO-1", 2);
			case CUSTOMER_INVOICE -> customerInvoice("SO-1");
			case VENDOR_BILL -> vendorBill("PO-1");
		};
	}

	/** A payload given as JSON in the ledger's stored shape, read as the ledger reads it. */
	public static PostingPayload fromJson(PostingType type, String json) {
		return new PostingPayloadJson().read(type, json);
	}

	public static PostingRequest request(PostingPayload payload, String businessKey, String idempotencyKey) {
		return new PostingRequest(payload, new PostingKeys(businessKey, idempotencyKey), List.of());
	}

	/** A request of the type with sample content under the business key and a new idempotency key. */
	public static PostingRequest request(PostingType type, String businessKey) {
		return request(of(type), businessKey, UUID.randomUUID().toString());
	}

	public static Posting posting(PostingPayload payload, String businessKey, long sequence, String idempotencyKey,
			Instant now) {
		return Posting.record(UUID.randomUUID(), payload, new PostingKeys(businessKey, idempotencyKey), sequence, now);
	}
}

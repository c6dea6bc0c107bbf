package org.distributionhub.erpgateway.adapters.out.erpnext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each posting type mapped to ERPNext documents and methods against a stateful ERPNext on a real port, and how its
 * answers become sent, transient and permanent outcomes.
 */
class ErpNextMappingIT {

	private final JsonMapper json = JsonMapper.builder().build();
	private final ErpNextStub erpnext = start();

	{
		erpnext.item("A-1");
		erpnext.item("B-2");
		erpnext.supplier("ACME");
		erpnext.customer("C-77");
	}

	@AfterEach
	void stop() {
		erpnext.close();
	}

	@Test
	void anAcknowledgementUpdateSendsEveryRowToUpdateItemsAndSetsTheAcknowledgedField() {
		var order = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 100, "B-2", 50);
		String po = order.path("name").asString();

		var result = client(SECRET, "supplier_acknowledged").send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, """
				{"poNumber":"%s","lines":[{"sku":"A-1","quantity":60,"date":"2026-12-03","unitPrice":9.5}]}"""
			.formatted(po)));

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference(po)));
		var rows = erpnext.site().get("Purchase Order", po).path("items");
		assertThat(rows).hasSize(2);
		assertThat(row(rows, "A-1").path("qty").decimalValue()).isEqualByComparingTo("60");
		assertThat(row(rows, "A-1").path("schedule_date").asString()).isEqualTo("2026-12-03");
		assertThat(row(rows, "A-1").path("rate").decimalValue()).isEqualByComparingTo("9.5");
		assertThat(row(rows, "B-2").path("qty").decimalValue()).as("untouched, not deleted").isEqualByComparingTo("50");
		assertThat(erpnext.site().get("Purchase Order", po).path("supplier_acknowledged").asInt()).isEqualTo(1);
	}

	@Test
	void eachFurtherDateOfASplitLineIsARowOfItsOwnAddedOnce() {
		var order = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 100);
		String po = order.path("name").asString();
		var posting = posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, """
				{"poNumber":"%s","lines":[{"sku":"A-1","quantity":60,"date":"2026-12-15"},
				 {"sku":"A-1","quantity":40,"date":"2027-01-05"}]}""".formatted(po));
		var client = client(SECRET, null);

		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference(po)));
		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference(po)));

		var rows = erpnext.site().get("Purchase Order", po).path("items");
		assertThat(rows.valueStream().map(row -> row.path("item_code").asString() + " "
				+ row.path("qty").decimalValue().stripTrailingZeros().toPlainString() + "@"
				+ row.path("schedule_date").asString()).toList())
			.containsExactly("A-1 60@2026-12-15", "A-1 40@2027-01-05");
	}

	@Test
	void aGoodsReceiptIsAPurchaseReceiptMadeFromTheOrderCarryingOurReferenceAndSubmitted() {
		var order = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 100, "B-2", 50);
		String po = order.path("name").asString();
		var posting = posting(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":40}]}");
		var client = client(SECRET, null);

		assertThat(client.findByReference(posting)).isEmpty();
		var result = client.send(posting);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("MAT-PRE-2026-00001")));
		var receipt = erpnext.site().get("Purchase Receipt", "MAT-PRE-2026-00001");
		assertThat(receipt.path("docstatus").asInt()).isEqualTo(1);
		assertThat(receipt.path("hub_reference").asString()).isEqualTo(posting.idempotencyKey());
		assertThat(receipt.path("items")).singleElement().satisfies(item -> {
			assertThat(item.path("item_code").asString()).isEqualTo("A-1");
			assertThat(item.path("qty").decimalValue()).isEqualByComparingTo("40");
		});
		assertThat(row(erpnext.site().get("Purchase Order", po).path("items"), "A-1").path("received_qty")
			.decimalValue()).isEqualByComparingTo("40");
		assertThat(erpnext.site().get("Purchase Order", po).path("status").asString()).isEqualTo("To Receive and Bill");
		assertThat(client.findByReference(posting)).contains(new ErpReference("MAT-PRE-2026-00001"));
		assertThat(client.send(posting)).as("sent again: found, not created").isEqualTo(result);
		assertThat(erpnext.site().all("Purchase Receipt", it -> true)).hasSize(1);
	}

	@Test
	void aReceiptWhoseRemainderIsCancelledClosesThePurchaseOrder() {
		String po = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 100).path("name").asString();

		client(SECRET, null).send(posting(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"" + po + "\",\"remainder\":\"cancel\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":90}]}"));

		assertThat(erpnext.site().get("Purchase Order", po).path("status").asString()).isEqualTo("Closed");
	}

	@Test
	void aShipmentIsADeliveryNoteMadeFromTheSalesOrder() {
		var order = erpnext.salesOrder("C-77", "A-1", 2, "B-2", 1);
		var rowB = row(order.path("items"), "B-2").path("name").asString();
		var posting = posting(PostingType.SHIPMENT, """
				{"orderNumber":"%s","lines":[{"sku":"A-1","quantity":2},{"lineNumber":"%s","quantity":1}]}"""
			.formatted(order.path("name").asString(), rowB));

		var result = client(SECRET, null).send(posting);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("MAT-DN-2026-00001")));
		var note = erpnext.site().get("Delivery Note", "MAT-DN-2026-00001");
		assertThat(note.path("docstatus").asInt()).isEqualTo(1);
		assertThat(note.path("items")).hasSize(2);
		assertThat(client(SECRET, null).findByReference(posting)).contains(new ErpReference("MAT-DN-2026-00001"));
	}

	@Test
	void aCustomerInvoiceIsASubmittedSalesInvoiceCarryingOurReference() {
		var posting = invoice("SO-10", "A-1");

		var result = client(SECRET, null).send(posting);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("ACC-SINV-2026-00001")));
		var invoice = erpnext.site().get("Sales Invoice", "ACC-SINV-2026-00001");
		assertThat(invoice.path("customer").asString()).isEqualTo("C-77");
		assertThat(invoice.path("posting_date").asString()).isEqualTo("2026-12-04");
		assertThat(invoice.path("hub_reference").asString()).isEqualTo(posting.idempotencyKey());
		assertThat(invoice.path("docstatus").asInt()).isEqualTo(1);
		assertThat(invoice.path("items")).singleElement().satisfies(item -> {
			assertThat(item.path("qty").decimalValue()).isEqualByComparingTo("2");
			assertThat(item.path("rate").decimalValue()).isEqualByComparingTo("12.5");
		});
		assertThat(erpnext.requests("/api/method/frappe.client.submit")).hasSize(1);
	}

	@Test
	void aDraftLeftByACrashBeforeSubmittingIsSubmittedNotCreatedAgain() {
		var posting = invoice("SO-11", "A-1");
		var draft = json.createObjectNode().put("customer", "C-77").put("hub_reference", posting.idempotencyKey());
		draft.putArray("items").addObject().put("item_code", "A-1").put("qty", 2);
		erpnext.site().insert("Sales Invoice", draft, true);
		var client = client(SECRET, null);

		assertThat(client.findByReference(posting)).as("a draft is not the posting done").isEmpty();
		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference("ACC-SINV-2026-00001")));
		assertThat(erpnext.site().all("Sales Invoice", it -> true)).singleElement()
			.satisfies(it -> assertThat(it.path("docstatus").asInt()).isEqualTo(1));
		assertThat(erpnext.requests("/api/resource/Sales Invoice").stream()
			.filter(request -> request.method().equals("POST"))).isEmpty();
	}

	@Test
	void aPurchaseInvoiceLeftAsADraftIsSubmittedNotCreatedAgainAndFoundBySupplierAndBillNumber() {
		String po = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 10).path("name").asString();
		var bill = bill(po, "INV-30", "[]");
		var draft = json.createObjectNode().put("supplier", "ACME").put("bill_no", "INV-30").put("is_return", 0);
		draft.putArray("items").addObject().put("item_code", "A-1").put("qty", 2).put("rate", 9.5);
		String name = erpnext.site().insert("Purchase Invoice", draft, true).path("name").asString();
		var client = client(SECRET, null);

		assertThat(client.findByReference(bill)).as("a draft is not the posting done").isEmpty();
		assertThat(client.send(bill)).isEqualTo(new ErpResult.Accepted(new ErpReference(name)));
		assertThat(client.findByReference(bill)).contains(new ErpReference(name));
		assertThat(erpnext.site().all("Purchase Invoice", it -> true)).singleElement()
			.satisfies(it -> assertThat(it.path("docstatus").asInt()).isEqualTo(1));
		assertThat(erpnext.requests("/api/resource/Purchase Invoice").stream()
			.filter(request -> request.method().equals("POST"))).isEmpty();
	}

	@Test
	void aBillWithTaxesIsParkedSayingWhichAccountToSetAndAnUnknownOrderWithErpNextsMessage() {
		String po = erpnext.purchaseOrder("ACME", "To Receive and Bill", "A-1", 10).path("name").asString();
		var client = client(SECRET, null);

		assertThat(client.send(bill(po, "INV-31", "[{\"kind\":\"TAX\",\"description\":\"VAT 19%\",\"amount\":3.61}]")))
			.isEqualTo(new ErpResult.PermanentFailure("Vendor bill INV-31 of ACME has a tax (VAT 19%); set "
					+ "hub.erp.erpnext.bill-tax-account to the ERPNext account it is booked on", "config"));
		assertThat(client.send(bill("PO-NOWHERE", "INV-32", "[]"))).isEqualTo(new ErpResult.PermanentFailure(
				"ERPNext 404 on GET Purchase Order PO-NOWHERE (DoesNotExistError): Purchase Order PO-NOWHERE not found",
				"http_404"));
		assertThat(erpnext.site().all("Purchase Invoice", it -> true)).isEmpty();
	}

	@Test
	void anUnknownItemIsRefusedWithErpNextsOwnMessage() {
		var result = client(SECRET, null).send(invoice("SO-12", "ZZ-404"));

		assertThat(result).isEqualTo(new ErpResult.PermanentFailure("ERPNext 417 on insert Sales Invoice "
				+ "(LinkValidationError): Could not find Row #1: Item Code: ZZ-404", "http_417"));
	}

	@Test
	void aClosedPurchaseOrderRefusesReceiptsAndAcknowledgements() {
		String po = erpnext.purchaseOrder("ACME", "Closed", "A-1", 10).path("name").asString();
		var client = client(SECRET, null);

		var receipt = client.send(posting(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":1}]}"));
		var acknowledgement = client.send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":5}]}"));

		assertThat(receipt).isEqualTo(new ErpResult.PermanentFailure("ERPNext 417 on "
				+ "erpnext.buying.doctype.purchase_order.purchase_order.make_purchase_receipt (ValidationError): "
				+ "Purchase Order " + po + " is Closed; reopen it to receive or deliver", "http_417"));
		assertThat(acknowledgement).isEqualTo(new ErpResult.PermanentFailure("ERPNext 417 on "
				+ "erpnext.controllers.accounts_controller.update_child_qty_rate (ValidationError): "
				+ "Cannot update items of Purchase Order " + po + ": it is Closed", "http_417"));
	}

	@Test
	void aRejectedSecretIsPermanentAndTheCheckSaysSo() {
		var client = client("rotated", null);

		var result = client.send(invoice("SO-13", "A-1"));

		assertThat(result).isEqualTo(new ErpResult.PermanentFailure("ERPNext 401 on list Sales Invoice "
				+ "(AuthenticationError): frappe.exceptions.AuthenticationError: Invalid API key or secret", "http_401"));
		assertThat(client.check().status()).isEqualTo(ErpCheck.Status.DOWN);
		assertThat(client(SECRET, null).check().status()).isEqualTo(ErpCheck.Status.UP);
	}

	@Test
	void unavailableAndSlowErpNextAreTransient() {
		var client = client(SECRET, null);
		erpnext.down(true);
		assertThat(client.send(invoice("SO-14", "A-1"))).isEqualTo(new ErpResult.TransientFailure(
				"ERPNext 503 on list Sales Invoice: 503 Service Temporarily Unavailable", "http_503"));
		erpnext.down(false);
		erpnext.failNext(1, 429);
		assertThat(client.send(invoice("SO-14", "A-1"))).isInstanceOf(ErpResult.TransientFailure.class);
		erpnext.slow(800);
		assertThat(client.send(invoice("SO-14", "A-1"))).extracting(it -> ((ErpResult.TransientFailure) it).cause())
			.isEqualTo("timeout");
	}

	@Test
	void missingCredentialsAreAConfigurationProblem() {
		var properties = new ErpNextProperties(erpnext.baseUrl(), null, null, Duration.ofSeconds(1),
				Duration.ofSeconds(1), "hub_reference", null, Remainder.BACKORDER, ZoneOffset.UTC, null, null);
		var client = new ErpNextConfiguration().erpNextErpClient(
				new ErpNextConfiguration().erpNextApi(properties, json, ObservationRegistry.NOOP), properties);

		assertThat(client.send(invoice("SO-15", "A-1"))).isEqualTo(new ErpResult.TransientFailure(
				"ERP not configured: hub.erp.erpnext.api-key and api-secret are needed", "config"));
		assertThat(client.check().status()).isEqualTo(ErpCheck.Status.DOWN);
	}

	private static final String SECRET = ErpNextStub.SECRET;

	private static Posting bill(String po, String number, String charges) {
		return posting(PostingType.VENDOR_BILL, """
				{"poNumber":"%s","supplierId":"ACME","invoiceNumber":"%s","invoiceDate":"2026-11-30","charges":%s,
				 "lines":[{"sku":"A-1","quantity":2,"unitPrice":9.50}]}""".formatted(po, number, charges));
	}

	private Posting invoice(String order, String sku) {
		return posting(PostingType.CUSTOMER_INVOICE, """
				{"orderNumber":"%s","customer":"C-77","invoiceDate":"2026-12-04",
				 "lines":[{"sku":"%s","quantity":2,"unitPrice":12.50}]}""".formatted(order, sku));
	}

	private static JsonNode row(JsonNode rows, String itemCode) {
		for (JsonNode row : rows) {
			if (row.path("item_code").asString().equals(itemCode)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + itemCode);
	}

	private static Posting posting(PostingType type, String payload) {
		return SamplePayloads.posting(SamplePayloads.fromJson(type, payload), "KEY:1", 1, UUID.randomUUID().toString(),
				Instant.now());
	}

	private ErpNextErpClient client(String secret, @Nullable String acknowledgedField) {
		var properties = new ErpNextProperties(erpnext.baseUrl(), ErpNextStub.KEY, secret, Duration.ofSeconds(1),
				Duration.ofMillis(500), ErpNextStub.REFERENCE_FIELD, acknowledgedField, Remainder.BACKORDER, ZoneOffset.UTC,
				null, null);
		var configuration = new ErpNextConfiguration();
		return configuration.erpNextErpClient(configuration.erpNextApi(properties, json, ObservationRegistry.NOOP), properties);
	}

	private static ErpNextStub start() {
		try {
			return new ErpNextStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

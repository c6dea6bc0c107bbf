package org.distributionhub.erpgateway.adapters.out.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.adapters.out.odoo.OdooProperties.Acknowledge;
import org.distributionhub.erpgateway.adapters.out.odoo.OdooProperties.Protocol;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Remainder;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each posting type mapped to Odoo's models and methods, over JSON-2 and JSON-RPC, against a stateful Odoo on a real
 * port; and how Odoo's answers become sent, transient and permanent outcomes.
 */
class OdooMappingIT {

	private final JsonMapper json = JsonMapper.builder().build();
	private final OdooStub odoo = start();
	private final long partner = odoo.partner("Acme Supplies", "ACME");
	private final long customer = odoo.partner("Corner Shop", "C-77");
	private final long a1 = odoo.product("A-1");
	private final long b2 = odoo.product("B-2");

	@AfterEach
	void stop() {
		odoo.close();
	}

	@Test
	void anAcknowledgementUpdateWritesTheLinesInOneCallAndAcknowledgesTheOrder() {
		long order = odoo.purchaseOrder("P00042", partner, "purchase", a1, 100, b2, 50);
		long lineB = lineOf(order, b2);

		var result = client(Protocol.JSON2, OdooStub.KEY).send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, """
				{"poNumber":"P00042","acknowledged":true,"lines":[
				 {"sku":"A-1","quantity":60,"date":"2026-12-03","unitPrice":9.5},
				 {"lineNumber":"%d","sku":"B-2","quantity":50,"date":"2026-12-05"}]}""".formatted(lineB)));

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("P00042")));
		var lineA = odoo.database().record("purchase.order.line", lineOf(order, a1));
		assertThat(lineA.path("product_qty").decimalValue()).isEqualByComparingTo("60");
		assertThat(lineA.path("date_planned").asString()).isEqualTo("2026-12-03 12:00:00");
		assertThat(lineA.path("price_unit").decimalValue()).isEqualByComparingTo("9.5");
		assertThat(odoo.database().record("purchase.order.line", lineB).path("date_planned").asString())
			.isEqualTo("2026-12-05 12:00:00");
		assertThat(odoo.database().record("purchase.order", order).path("acknowledged").asBoolean()).isTrue();
		assertThat(odoo.calls("purchase.order", "write")).singleElement()
			.satisfies(call -> assertThat(call.arguments().path("vals").path("order_line")).hasSize(2));
		assertThat(odoo.calls("purchase.order", "action_acknowledge")).singleElement()
			.satisfies(call -> assertThat(call.ids()).containsExactly(order));
	}

	@Test
	void aSubstituteBecomesTheLinesProductAndEachFurtherDateALineOfItsOwnOnce() {
		long order = odoo.purchaseOrder("P00044", partner, "purchase", a1, 25);
		long line = lineOf(order, a1);
		var posting = posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE, """
				{"poNumber":"P00044","acknowledged":true,"lines":[
				 {"sku":"A-1","quantity":12,"date":"2027-01-15","unitPrice":395.5,"substitute":"B-2",
				  "outcomes":["SUBSTITUTED"]},
				 {"sku":"A-1","quantity":8,"date":"2027-02-01","unitPrice":395.5,"substitute":"B-2",
				  "outcomes":["SUBSTITUTED"]}]}""");
		var client = client(Protocol.JSON2, OdooStub.KEY);

		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference("P00044")));
		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference("P00044")));

		var lines = odoo.database().where("purchase.order.line", it -> it.path("order_id").asLong() == order);
		assertThat(lines).extracting(it -> OdooRpc.idOf(it.path("product_id")), it -> it.path("product_qty").decimalValue()
				.stripTrailingZeros().toPlainString(), it -> it.path("date_planned").asString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(b2, "12", "2027-01-15 12:00:00"),
					org.assertj.core.groups.Tuple.tuple(b2, "8", "2027-02-01 12:00:00"));
		assertThat(lines.get(0).path("id").asLong()).isEqualTo(line);
	}

	@Test
	void anAcknowledgementCanSetTheFieldInsteadOfCallingTheMethod() {
		long order = odoo.purchaseOrder("P00043", partner, "purchase", a1, 10);

		var client = client(properties(Protocol.JSON2, OdooStub.KEY, Acknowledge.FIELD));
		client.send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"P00043\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":10}]}"));

		assertThat(odoo.database().record("purchase.order", order).path("acknowledged").asBoolean()).isTrue();
		assertThat(odoo.calls("purchase.order", "action_acknowledge")).isEmpty();
	}

	@Test
	void aPartialGoodsReceiptValidatesTheReceiptAndLeavesTheRestOnABackorder() {
		long order = odoo.purchaseOrder("P00044", partner, "purchase", a1, 100, b2, 50);
		long picking = odoo.receipt(order);
		var posting = posting(PostingType.GOODS_RECEIPT, """
				{"poNumber":"P00044","lines":[{"sku":"A-1","quantity":40},{"lineNumber":"%d","quantity":50}]}"""
			.formatted(lineOf(order, b2)));
		var client = client(Protocol.JSON2, OdooStub.KEY);

		assertThat(client.findByReference(posting)).isEmpty();
		var result = client.send(posting);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("WH/IN/P00044")));
		var validated = odoo.database().record("stock.picking", picking);
		assertThat(validated.path("state").asString()).isEqualTo("done");
		assertThat(validated.path("note").asString()).isEqualTo(posting.idempotencyKey());
		assertThat(odoo.calls("stock.picking", "button_validate")).singleElement().satisfies(call -> {
			assertThat(call.context().path("skip_backorder").asBoolean()).isTrue();
			assertThat(call.context().has("cancel_backorder")).isFalse();
		});
		var backorders = odoo.database().where("stock.picking", it -> it.path("backorder_id").asLong() == picking);
		assertThat(backorders).singleElement().satisfies(backorder -> assertThat(
				odoo.database().where("stock.move", move -> move.path("picking_id").asLong() == backorder.path("id").asLong()))
			.singleElement()
			.satisfies(move -> assertThat(move.path("product_uom_qty").decimalValue()).isEqualByComparingTo("60")));
		assertThat(odoo.database().record("purchase.order.line", lineOf(order, a1)).path("qty_received").decimalValue())
			.isEqualByComparingTo("40");
		assertThat(client.findByReference(posting)).contains(new ErpReference("WH/IN/P00044"));
	}

	@Test
	void aReceiptWhoseRemainderIsCancelledLeavesNoBackorder() {
		long order = odoo.purchaseOrder("P00045", partner, "purchase", a1, 100);
		long picking = odoo.receipt(order);

		client(Protocol.JSON2, OdooStub.KEY).send(posting(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"P00045\",\"remainder\":\"cancel\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":90}]}"));

		assertThat(odoo.calls("stock.picking", "button_validate")).singleElement()
			.satisfies(call -> assertThat(call.context().path("cancel_backorder").asBoolean()).isTrue());
		assertThat(odoo.database().where("stock.picking", it -> it.path("backorder_id").asLong() == picking)).isEmpty();
	}

	@Test
	void aShipmentValidatesTheDeliveryOfTheSalesOrder() {
		long picking = odoo.delivery("SO-9", customer, a1, 2, b2, 1);
		var posting = posting(PostingType.SHIPMENT,
				"{\"orderNumber\":\"SO-9\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":2},{\"sku\":\"B-2\",\"quantity\":1}]}");
		var client = client(Protocol.JSON2, OdooStub.KEY);

		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference("WH/OUT/SO-9")));
		assertThat(odoo.database().record("stock.picking", picking).path("state").asString()).isEqualTo("done");
		assertThat(client.findByReference(posting)).contains(new ErpReference("WH/OUT/SO-9"));
		assertThat(client.findByReference(posting(PostingType.GOODS_RECEIPT, "{}")))
			.as("another key finds nothing").isEmpty();
	}

	@Test
	void aCustomerInvoiceIsCreatedWithOurReferenceAndPostedAndFoundByIt() {
		var posting = invoice("SO-10", "A-1");
		var client = client(Protocol.JSON2, OdooStub.KEY);

		var result = client.send(posting);

		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference("INV/2026/00001")));
		var invoice = odoo.database().where("account.move", it -> true).get(0);
		assertThat(invoice.path("ref").asString()).isEqualTo(posting.idempotencyKey());
		assertThat(invoice.path("invoice_origin").asString()).isEqualTo("SO-10");
		assertThat(invoice.path("partner_id").asLong()).isEqualTo(customer);
		assertThat(invoice.path("move_type").asString()).isEqualTo("out_invoice");
		assertThat(invoice.path("state").asString()).isEqualTo("posted");
		assertThat(odoo.database().where("account.move.line", it -> true)).singleElement().satisfies(line -> {
			assertThat(line.path("product_id").asLong()).isEqualTo(a1);
			assertThat(line.path("quantity").decimalValue()).isEqualByComparingTo("2");
			assertThat(line.path("price_unit").decimalValue()).isEqualByComparingTo("12.50");
		});
		assertThat(client.findByReference(posting)).contains(new ErpReference("INV/2026/00001"));
		assertThat(client.send(posting)).as("sent again: found, not created").isEqualTo(result);
		assertThat(odoo.database().creations("account.move")).isEqualTo(1);
	}

	@Test
	void aDraftInvoiceLeftByACrashBeforePostingIsPostedNotCreatedAgain() {
		var posting = invoice("SO-11", "A-1");
		long draft = odoo.record("account.move", odoo.values().put("move_type", "out_invoice").put("partner_id", customer)
			.put("ref", posting.idempotencyKey()).put("state", "draft").put("name", "/"));
		odoo.record("account.move.line", odoo.values().put("move_id", draft).put("product_id", a1).put("quantity", 2));
		var client = client(Protocol.JSON2, OdooStub.KEY);

		assertThat(client.findByReference(posting)).as("a draft is not the posting done").isEmpty();
		assertThat(client.send(posting)).isEqualTo(new ErpResult.Accepted(new ErpReference("INV/2026/00001")));
		assertThat(odoo.database().creations("account.move")).isEqualTo(1);
	}

	@Test
	void anUnknownProductIsAPermanentFailureNamingIt() {
		var result = client(Protocol.JSON2, OdooStub.KEY).send(invoice("SO-12", "ZZ-404"));

		assertThat(result).isEqualTo(new ErpResult.PermanentFailure(
				"Odoo has no product with internal reference 'ZZ-404'", "not_found"));
		assertThat(odoo.database().creations("account.move")).isZero();
	}

	@Test
	void aLockedPurchaseOrderIsRefusedWithOdoosOwnMessage() {
		odoo.purchaseOrder("P00046", partner, "done", a1, 10);

		var result = client(Protocol.JSON2, OdooStub.KEY).send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"P00046\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":5}]}"));

		assertThat(result).isEqualTo(new ErpResult.PermanentFailure("Odoo 422 on purchase.order.write "
				+ "(odoo.exceptions.UserError): The purchase order P00046 is locked; unlock it before changing its lines.",
				"http_422"));
	}

	@Test
	void aRejectedApiKeyIsPermanentAndTheCheckSaysSo() {
		var client = client(Protocol.JSON2, "revoked-key");

		var result = client.send(invoice("SO-13", "A-1"));

		assertThat(result).isInstanceOf(ErpResult.PermanentFailure.class);
		assertThat(((ErpResult.PermanentFailure) result).reason())
			.isEqualTo("Odoo 401 on account.move.search_read (odoo.exceptions.AccessDenied): Invalid apikey");
		var check = client.check();
		assertThat(check.status()).isEqualTo(ErpCheck.Status.DOWN);
		assertThat(check.detail()).contains("401").contains("Invalid apikey");
		assertThat(client(Protocol.JSON2, OdooStub.KEY).check().status()).isEqualTo(ErpCheck.Status.UP);
	}

	@Test
	void unavailableSlowAndUnreachableOdooAreTransient() throws IOException {
		var client = client(Protocol.JSON2, OdooStub.KEY);
		odoo.failNext(1, 503);
		assertThat(client.send(invoice("SO-14", "A-1"))).isInstanceOf(ErpResult.TransientFailure.class)
			.extracting(it -> ((ErpResult.TransientFailure) it).cause()).isEqualTo("http_503");
		odoo.failNext(1, 429);
		assertThat(client.send(invoice("SO-14", "A-1"))).extracting(it -> ((ErpResult.TransientFailure) it).cause())
			.isEqualTo("http_429");

		odoo.slow(800);
		assertThat(client.send(invoice("SO-14", "A-1"))).extracting(it -> ((ErpResult.TransientFailure) it).cause())
			.isEqualTo("timeout");
		odoo.slow(0);

		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var nowhere = new OdooProperties("http://127.0.0.1:" + closedPort, Protocol.JSON2, null, null, OdooStub.KEY,
				Duration.ofSeconds(1), Duration.ofSeconds(1), Acknowledge.METHOD, Remainder.BACKORDER, "note", "ref", "quantity",
				null);
		var refused = client(nowhere).send(invoice("SO-14", "A-1"));
		assertThat(refused).isInstanceOf(ErpResult.TransientFailure.class)
			.extracting(it -> ((ErpResult.TransientFailure) it).cause()).isEqualTo("connection_refused");
		assertThat(client(nowhere).check().detail()).contains("refused");
	}

	@Test
	void aMissingOrMalformedUrlIsAConfigurationProblemNotACrash() {
		var unset = new OdooProperties(null, Protocol.JSON2, null, null, OdooStub.KEY, Duration.ofSeconds(1),
				Duration.ofSeconds(1), Acknowledge.METHOD, Remainder.BACKORDER, "note", "ref", "quantity", null);
		var malformed = new OdooProperties("odoo.example:8069", Protocol.JSON2, null, null, OdooStub.KEY,
				Duration.ofSeconds(1), Duration.ofSeconds(1), Acknowledge.METHOD, Remainder.BACKORDER, "note", "ref", "quantity",
				null);

		assertThat(client(unset).send(invoice("SO-15", "A-1")))
			.isEqualTo(new ErpResult.TransientFailure("ERP not configured: hub.erp.odoo.base-url is not set", "config"));
		assertThat(client(unset).check())
			.isEqualTo(ErpCheck.down("Odoo JSON-2 at (not configured)",
					"ERP not configured: hub.erp.odoo.base-url is not set"));
		assertThat(client(malformed).check().detail())
			.isEqualTo("ERP not configured: hub.erp.odoo.base-url 'odoo.example:8069' is not an http(s) URL with a host");
	}

	@Test
	void overJsonRpcTheSamePostingsGoThroughExecuteKwWithTheUserIdFromAuthenticate() {
		long order = odoo.purchaseOrder("P00047", partner, "purchase", a1, 100);
		odoo.receipt(order);
		var client = client(Protocol.JSONRPC, OdooStub.KEY);

		client.send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"P00047\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":80,\"date\":\"2026-12-09\"}]}"));
		var receipt = posting(PostingType.GOODS_RECEIPT,
				"{\"poNumber\":\"P00047\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":80}]}");
		var received = client.send(receipt);
		var invoice = invoice("SO-17", "B-2");
		var invoiced = client.send(invoice);

		assertThat(odoo.database().record("purchase.order.line", lineOf(order, a1)).path("product_qty").decimalValue())
			.isEqualByComparingTo("80");
		assertThat(odoo.database().record("purchase.order", order).path("acknowledged").asBoolean()).isTrue();
		assertThat(received).isEqualTo(new ErpResult.Accepted(new ErpReference("WH/IN/P00047")));
		assertThat(invoiced).isEqualTo(new ErpResult.Accepted(new ErpReference("INV/2026/00001")));
		assertThat(client.findByReference(invoice)).contains(new ErpReference("INV/2026/00001"));
		assertThat(odoo.authentications()).as("the user id is asked once").isEqualTo(1);
	}

	@Test
	void overJsonRpcARefusedLoginIsPermanentAndOdoosErrorsKeepTheirMessage() {
		var refused = client(Protocol.JSONRPC, "wrong-password").send(invoice("SO-18", "A-1"));
		assertThat(refused).isEqualTo(new ErpResult.PermanentFailure("Odoo refused the login 'hub@example.com' on "
				+ "database 'hubtest' (common.authenticate answered false)", "auth"));
		assertThat(client(Protocol.JSONRPC, "wrong-password").check().status()).isEqualTo(ErpCheck.Status.DOWN);

		odoo.purchaseOrder("P00048", partner, "cancel", a1, 10);
		var locked = client(Protocol.JSONRPC, OdooStub.KEY).send(posting(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"P00048\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":5}]}"));
		assertThat(locked).isEqualTo(new ErpResult.PermanentFailure("Odoo error on purchase.order.write "
				+ "(odoo.exceptions.UserError): The purchase order P00048 is locked; unlock it before changing its lines.",
				"refused"));
	}

	@Test
	void aVendorBillLeftAsADraftIsPostedNotCreatedAgainAndFoundByVendorNumberAndType() {
		odoo.purchaseOrder("P00050", partner, "purchase", a1, 10);
		var bill = bill("ACME", "P00050", "INV-50");
		long draft = odoo.record("account.move", odoo.values().put("move_type", "in_invoice").put("partner_id", partner)
			.put("ref", "INV-50").put("invoice_date", "2026-11-30").put("state", "draft"));
		odoo.record("account.move.line", odoo.values().put("move_id", draft).put("product_id", a1).put("quantity", 2));
		var client = client(Protocol.JSON2, OdooStub.KEY);

		assertThat(client.findByReference(bill)).as("a draft is not the posting done").isEmpty();
		var result = client.send(bill);

		var posted = odoo.database().record("account.move", draft);
		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference(posted.path("name").asString())));
		assertThat(posted.path("state").asString()).isEqualTo("posted");
		assertThat(client.findByReference(bill)).contains(new ErpReference(posted.path("name").asString()));
		assertThat(odoo.calls("account.move", "create")).isEmpty();
	}

	@Test
	void aVendorBillFindsItsVendorByNameWithoutAPurchaseOrderInOdooAndNamesAVendorItCannotFind() {
		var client = client(Protocol.JSONRPC, OdooStub.KEY);

		var result = client.send(bill("Acme Supplies", "P-ELSEWHERE", "INV-51"));

		var move = odoo.database().where("account.move", it -> it.path("ref").asString().equals("INV-51")).get(0);
		assertThat(result).isEqualTo(new ErpResult.Accepted(new ErpReference(move.path("name").asString())));
		assertThat(move.path("partner_id").asLong()).isEqualTo(partner);
		assertThat(odoo.database().where("account.move.line", it -> it.path("move_id").asLong() == move.path("id")
			.asLong())).singleElement().satisfies(line -> assertThat(line.has("purchase_line_id")).isFalse());
		assertThat(client.send(bill("NOPE", "P-ELSEWHERE", "INV-52"))).isEqualTo(new ErpResult.PermanentFailure(
				"Odoo has no vendor with reference or name 'NOPE' and no purchase order P-ELSEWHERE", "not_found"));
	}

	private static Posting bill(String supplier, String po, String number) {
		return posting(PostingType.VENDOR_BILL, """
				{"poNumber":"%s","supplierId":"%s","invoiceNumber":"%s","invoiceDate":"2026-11-30",
				 "lines":[{"sku":"A-1","quantity":2,"unitPrice":9.50}]}""".formatted(po, supplier, number));
	}

	private Posting invoice(String order, String sku) {
		return posting(PostingType.CUSTOMER_INVOICE, """
				{"orderNumber":"%s","customer":"C-77","invoiceDate":"2026-12-04",
				 "lines":[{"sku":"%s","quantity":2,"unitPrice":12.50}]}""".formatted(order, sku));
	}

	private long lineOf(long order, long product) {
		return odoo.database().where("purchase.order.line", it -> it.path("order_id").asLong() == order
				&& it.path("product_id").asLong() == product).get(0).path("id").asLong();
	}

	private static Posting posting(PostingType type, String payload) {
		return SamplePayloads.posting(SamplePayloads.fromJson(type, payload), "KEY:1", 1, UUID.randomUUID().toString(),
				Instant.now());
	}

	private OdooProperties properties(Protocol protocol, String key, Acknowledge acknowledge) {
		return new OdooProperties(odoo.baseUrl(), protocol, OdooStub.DATABASE, OdooStub.LOGIN, key,
				Duration.ofSeconds(1), Duration.ofMillis(500), acknowledge, Remainder.BACKORDER, "note", "ref", "quantity", null);
	}

	private OdooErpClient client(Protocol protocol, String key) {
		return client(properties(protocol, key, Acknowledge.METHOD));
	}

	private OdooErpClient client(OdooProperties properties) {
		var configuration = new OdooConfiguration();
		return configuration.odooErpClient(configuration.odooRpc(properties, json, ObservationRegistry.NOOP), properties);
	}

	private static OdooStub start() {
		try {
			return new OdooStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

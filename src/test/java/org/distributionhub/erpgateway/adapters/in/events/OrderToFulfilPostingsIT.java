package org.distributionhub.erpgateway.adapters.in.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.GoodsReceipt;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.order.events.OrderReadyForInvoicing;
import org.distributionhub.order.events.OrderReadyForInvoicing.InvoiceLine;
import org.distributionhub.order.events.OrderShipped;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Order-to-fulfil facts published by the order and inventory modules become ERP postings: the shipment and then the
 * invoice of a sales order under one business key, whatever order the listeners hear them in; goods receipts under
 * their purchase order's key; each fact posted once. The file ERP writes them for an importer.
 */
@SpringBootTest(properties = { "hub.erp.dispatch.enabled=false", "hub.erp.adapter=file",
		"hub.erp.file.outbox=target/erp-outbox/order-to-fulfil-postings", "hub.events.retry.max-attempts=10" })
class OrderToFulfilPostingsIT {

	private static final Path OUTBOX = Path.of("target/erp-outbox/order-to-fulfil-postings");
	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FindPostings postings;

	@Autowired
	PostingLedger ledger;

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String orderId = "O-" + run;
	private final String orderNumber = "SO-" + run;

	@Test
	void anInvoiceHeardBeforeItsShipmentIsPostedAfterIt() {
		var invoice = invoice("INV-1", List.of("SHP-1"), Money.of("12.50", "EUR"), Money.of("3.00", "EUR"));
		publish(invoice);
		await().atMost(WAIT).until(() -> failures(ErpInvoiceListener.LISTENER_ID, invoice.eventId()).size() >= 1);
		assertThat(failures(ErpInvoiceListener.LISTENER_ID, invoice.eventId()).get(0))
			.contains("waiting for the shipment posting of SHP-1");
		assertThat(postings.byBusinessKey("SO:" + orderId)).isEmpty();

		publish(shipment("SHP-1"));
		await().atMost(WAIT).until(() -> postings.byBusinessKey("SO:" + orderId).size() == 2);

		assertThat(postings.byBusinessKey("SO:" + orderId)).extracting(PostingView::type, PostingView::sequence,
				PostingView::idempotencyKey)
			.containsExactly(tuple("SHIPMENT", 1L, "shipment:" + orderId + ":SHP-1"),
					tuple("CUSTOMER_INVOICE", 2L, "invoice:" + orderId + ":INV-1"));
		var shipped = (Shipment) posting("shipment:" + orderId + ":SHP-1").payload();
		assertThat(shipped.document()).isEqualTo(orderNumber);
		assertThat(shipped.remainder()).isNull();
		assertThat(shipped.lines()).extracting(it -> it.lineNumber(), it -> it.sku(), it -> it.quantity().intValue())
			.containsExactly(tuple("1", "A-" + run, 4),
					tuple("2", "B-" + run, 1));
		var billed = (CustomerInvoice) posting("invoice:" + orderId + ":INV-1").payload();
		assertThat(billed.orderNumber()).isEqualTo(orderNumber);
		assertThat(billed.customer()).isEqualTo("CUST-7");
		assertThat(billed.invoiceDate()).isEqualTo(LocalDate.parse("2026-11-28"));
		assertThat(billed.currency()).isEqualTo("EUR");
		assertThat(billed.lines()).extracting(it -> it.sku(), it -> it.quantity().intValue(),
				it -> it.unitPrice().stripTrailingZeros().toPlainString())
			.containsExactly(tuple("A-" + run, 4, "12.5"), tuple("B-" + run, 1, "3"));
	}

	@Test
	void aShipmentToldTwiceIsPostedOnce() {
		var shipped = shipment("SHP-1");
		publish(shipped);
		await().atMost(WAIT).until(() -> unfinished(orderId) == 0);
		publish(shipped);
		publish(new OrderShipped(UUID.randomUUID(), shipped.correlationId(), orderId, "web", orderNumber, "CUST-7",
				"SHP-1", "WH-1", shipped.lines(), shipped.dispatchedAt()));
		var invoice = invoice("INV-1", List.of("SHP-1"), null, null);
		publish(invoice);
		await().atMost(WAIT).until(() -> unfinished(orderId) == 0);
		publish(invoice);

		await().atMost(WAIT).until(() -> unfinished(orderId) == 0);
		assertThat(postings.byBusinessKey("SO:" + orderId)).extracting(PostingView::type)
			.containsExactly("SHIPMENT", "CUSTOMER_INVOICE");
		var billed = (CustomerInvoice) posting("invoice:" + orderId + ":INV-1").payload();
		assertThat(billed.currency()).as("no prices: the ERP's price list applies").isNull();
		assertThat(billed.lines()).allSatisfy(line -> assertThat(line.unitPrice()).isNull());
	}

	@Test
	void anInvoiceInTwoCurrenciesIsRefusedNamingThem() {
		publish(shipment("SHP-1"));
		var invoice = invoice("INV-1", List.of("SHP-1"), Money.of("12.50", "EUR"), Money.of("3.00", "USD"));
		publish(invoice);

		await().atMost(WAIT).until(() -> failures(ErpInvoiceListener.LISTENER_ID, invoice.eventId()).size() >= 1);
		assertThat(failures(ErpInvoiceListener.LISTENER_ID, invoice.eventId()).get(0))
			.contains("Invoice INV-1 of order " + orderId + " mixes currencies EUR, USD");
		await().atMost(WAIT).until(() -> postings.byBusinessKey("SO:" + orderId).size() == 1);
		assertThat(postings.byBusinessKey("SO:" + orderId)).extracting(PostingView::type).containsExactly("SHIPMENT");
	}

	@Test
	void aReceiptAgainstAPurchaseOrderFollowsItsAcknowledgementUpdates() {
		String po = "PO-" + run;
		TestRecorder.record(record, SamplePayloads.request(SamplePayloads.fromJson(PostingType.PO_ACKNOWLEDGEMENT_UPDATE,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"lineNumber\":\"10\",\"quantity\":5}]}"), "PO:" + po,
				UUID.randomUUID().toString()));
		var received = receipt("R-" + run, po);
		publish(received);
		await().atMost(WAIT).until(() -> postings.byBusinessKey("PO:" + po).size() == 2);
		await().atMost(WAIT).until(() -> unfinished(received.receiptId()) == 0);

		// Delivered again (as after a crash): applied once.
		publish(received);
		await().atMost(WAIT).until(() -> unfinished(received.receiptId()) == 0);
		assertThat(postings.byBusinessKey("PO:" + po)).extracting(PostingView::type, PostingView::idempotencyKey)
			.containsExactly(tuple("PO_ACKNOWLEDGEMENT_UPDATE",
					postings.byBusinessKey("PO:" + po).get(0).idempotencyKey()),
					tuple("GOODS_RECEIPT", "receipt:WH-1:R-" + run));
		var movement = (GoodsReceipt) posting("receipt:WH-1:R-" + run).payload();
		assertThat(movement.document()).isEqualTo(po);
		assertThat(movement.lines()).extracting(it -> it.lineNumber(), it -> it.sku(), it -> it.quantity().intValue())
			.containsExactly(tuple("10", "A-" + run, 5),
					tuple(null, "B-" + run, 2));
	}

	@Test
	void aReceiptWithoutAPurchaseOrderIsNotPosted() {
		var received = receipt("R-" + run, null);
		publish(received);

		await().atMost(WAIT).until(() -> unfinished(received.receiptId()) == 0);
		assertThat(ledger.findByIdempotencyKey("receipt:WH-1:R-" + run)).isEmpty();
	}

	@Test
	void theFileErpGetsTheShipmentThenTheInvoiceAndTheReceipt() throws IOException {
		String po = "PO-" + run;
		publish(invoice("INV-1", List.of("SHP-1"), Money.of("12.50", "EUR"), null));
		publish(shipment("SHP-1"));
		publish(receipt("R-" + run, po));
		await().atMost(WAIT).until(() -> postings.byBusinessKey("SO:" + orderId).size() == 2
				&& postings.byBusinessKey("PO:" + po).size() == 1);

		await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
			dispatch.dispatchDue();
			return postings.byBusinessKey("SO:" + orderId).stream().allMatch(it -> it.status().equals("SENT"))
					&& postings.byBusinessKey("PO:" + po).get(0).status().equals("SENT");
		});

		var shipmentFile = json.readTree(Files.readString(OUTBOX.resolve("shipment_" + orderId + "_SHP-1.json")));
		var invoiceFile = json.readTree(Files.readString(OUTBOX.resolve("invoice_" + orderId + "_INV-1.json")));
		var receiptFile = json.readTree(Files.readString(OUTBOX.resolve("receipt_WH-1_R-" + run + ".json")));
		assertThat(shipmentFile.path("type").asString()).isEqualTo("SHIPMENT");
		assertThat(shipmentFile.path("sequence").asLong()).isEqualTo(1);
		assertThat(shipmentFile.path("payload").path("orderNumber").asString()).isEqualTo(orderNumber);
		assertThat(shipmentFile.path("payload").path("lines").get(0).path("sku").asString()).isEqualTo("A-" + run);
		assertThat(invoiceFile.path("type").asString()).isEqualTo("CUSTOMER_INVOICE");
		assertThat(invoiceFile.path("sequence").asLong()).isEqualTo(2);
		assertThat(invoiceFile.path("payload").path("invoiceDate").asString()).isEqualTo("2026-11-28");
		assertThat(invoiceFile.path("payload").path("currency").asString()).isEqualTo("EUR");
		assertThat(receiptFile.path("businessKey").asString()).isEqualTo("PO:" + po);
		assertThat(receiptFile.path("payload").path("poNumber").asString()).isEqualTo(po);
	}

	@Test
	void postingsStoredByAnEarlierVersionAreDispatchedAfterTheUpgradeWithTheirPayloadAsStored() throws IOException {
		String shipment = """
				{"orderNumber":"%s","remainder":null,"orderId":"%s","channel":"web","customer":"CUST-7",\
				"shipmentId":"SHP-9","warehouse":"WH-1","dispatchedAt":"2026-11-27T16:00:00Z",\
				"lines":[{"lineNumber":"1","sku":"A-1","quantity":4,"unit":"EA"}]}""".formatted(orderNumber, orderId);
		String invoice = """
				{"orderNumber":"%s","customer":"CUST-7","invoiceDate":"2026-11-28","currency":"EUR","orderId":"%s",\
				"channel":"web","invoiceReference":"INV-9","shipmentIds":["SHP-9"],"readyAt":"2026-11-28T00:30:00Z",\
				"lines":[{"lineNumber":1,"sku":"A-1","quantity":4,"unit":"EA","unitPrice":12.50}]}"""
			.formatted(orderNumber, orderId);
		storedByAnEarlierVersion("SHIPMENT", 1, shipment, "shipment:" + orderId + ":SHP-9");
		storedByAnEarlierVersion("CUSTOMER_INVOICE", 2, invoice, "invoice:" + orderId + ":INV-9");

		await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
			dispatch.dispatchDue();
			return postings.byBusinessKey("SO:" + orderId).stream().allMatch(it -> it.status().equals("SENT"));
		});

		var shipmentFile = json.readTree(Files.readString(OUTBOX.resolve("shipment_" + orderId + "_SHP-9.json")));
		var invoiceFile = json.readTree(Files.readString(OUTBOX.resolve("invoice_" + orderId + "_INV-9.json")));
		assertThat(shipmentFile.path("payload")).isEqualTo(json.readTree(shipment));
		assertThat(invoiceFile.path("payload")).isEqualTo(json.readTree(invoice));
		assertThat(((CustomerInvoice) posting("invoice:" + orderId + ":INV-9").payload()).currency()).isEqualTo("EUR");
	}

	private void storedByAnEarlierVersion(String type, long sequence, String payload, String idempotencyKey) {
		var now = java.sql.Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO erp_posting (id, posting_type, business_key, sequence_no, payload, idempotency_key,
				    recorded_at, version, status, attempts, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'PENDING', 0, ?)""")
			.params(UUID.randomUUID(), type, "SO:" + orderId, sequence, payload, idempotencyKey, now, now)
			.update();
	}

	private OrderShipped shipment(String shipmentId) {
		return new OrderShipped(UUID.randomUUID(), CorrelationId.random(), orderId, "web", orderNumber, "CUST-7",
				shipmentId, "WH-1",
				List.of(new PickedLine(1, new Sku("A-" + run), Quantity.of(4, UnitOfMeasure.EACH)),
						new PickedLine(2, new Sku("B-" + run), Quantity.of(1, UnitOfMeasure.EACH))),
				Instant.parse("2026-11-27T16:00:00Z"));
	}

	private OrderReadyForInvoicing invoice(String reference, List<String> shipmentIds, Money firstPrice,
			Money secondPrice) {
		return new OrderReadyForInvoicing(UUID.randomUUID(), CorrelationId.random(), orderId, "web", orderNumber,
				"CUST-7", reference, shipmentIds,
				List.of(new InvoiceLine(1, new Sku("A-" + run), Quantity.of(4, UnitOfMeasure.EACH), firstPrice),
						new InvoiceLine(2, new Sku("B-" + run), Quantity.of(1, UnitOfMeasure.EACH), secondPrice)),
				Instant.parse("2026-11-28T00:30:00Z"));
	}

	private GoodsReceived receipt(String receiptId, String poNumber) {
		return new GoodsReceived(UUID.randomUUID(), CorrelationId.random(), receiptId, "WH-1", poNumber,
				List.of(new GoodsReceived.Line("10", new Sku("A-" + run), Quantity.of(5, UnitOfMeasure.EACH)),
						new GoodsReceived.Line(null, new Sku("B-" + run), Quantity.of(2, UnitOfMeasure.EACH))),
				Instant.parse("2026-11-27T09:00:00Z"));
	}

	private Posting posting(String idempotencyKey) {
		return ledger.findByIdempotencyKey(idempotencyKey).orElseThrow();
	}

	private List<String> failures(String listenerId, UUID eventId) {
		return jdbc.sql("SELECT error_message FROM delivery_attempt WHERE listener_id = ? AND event_id = ? "
				+ "ORDER BY attempt").params(listenerId, eventId).query(String.class).list();
	}

	/** Publications of the ERP gateway's listeners about this text that are not completed yet. */
	private long unfinished(String text) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE 'erpgateway.%' "
				+ "AND serialized_event LIKE ? AND completion_date IS NULL").param("%" + text + "%")
			.query(Long.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}

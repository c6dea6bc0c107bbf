package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.distributionhub.platform.api.StaffRole;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.DecideSupplierInvoices;
import org.distributionhub.supplier.api.DecideSupplierInvoices.InvoiceDecisionRefused;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.events.SupplierInvoiceHeld;
import org.distributionhub.supplier.events.SupplierInvoiceMatched;
import org.distributionhub.supplier.events.SupplierInvoiceReceived;
import org.distributionhub.supplier.events.SupplierInvoiceRejected;
import org.distributionhub.supplier.exchange.api.MappingFailure;
import org.distributionhub.supplier.exchange.api.PartnerDocumentHandler;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedMessage;
import org.distributionhub.supplier.partners.api.FindPartnerProfile;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.HoldOverdueInvoices;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The three-way match in the running hub: a purchase order issued as the ERP issues it, supplier invoices applied
 * through the partner document handler in a message's transaction (as the exchange applies any document), goods
 * receipts posted by the warehouse over HTTP so that inventory's GoodsReceived reaches procurement, decisions taken
 * through DecideSupplierInvoices and tolerances set over the admin API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplierInvoiceMatchIT {

	/** Every supplier invoice event the hub publishes, on whatever thread. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Published {

		@Bean
		InvoiceEvents invoiceEvents() {
			return new InvoiceEvents();
		}
	}

	static class InvoiceEvents {

		final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void received(SupplierInvoiceReceived event) {
			events.add(event);
		}

		@EventListener
		void matched(SupplierInvoiceMatched event) {
			events.add(event);
		}

		@EventListener
		void held(SupplierInvoiceHeld event) {
			events.add(event);
		}

		@EventListener
		void rejected(SupplierInvoiceRejected event) {
			events.add(event);
		}

		<T> List<T> of(Class<T> type, String invoiceNumber) {
			return events.stream().filter(type::isInstance).map(type::cast)
				.filter(event -> invoiceNumber.equals(numberOf(event))).toList();
		}

		private static String numberOf(Object event) {
			if (event instanceof SupplierInvoiceReceived it) {
				return it.invoiceNumber();
			}
			if (event instanceof SupplierInvoiceMatched it) {
				return it.invoiceNumber();
			}
			if (event instanceof SupplierInvoiceHeld it) {
				return it.invoiceNumber();
			}
			return ((SupplierInvoiceRejected) event).invoiceNumber();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	FindPartnerProfile profiles;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	PartnerDocumentHandler documents;

	@Autowired
	DecideSupplierInvoices decisions;

	@Autowired
	HoldOverdueInvoices overdue;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InvoiceEvents published;

	@Autowired
	MeterRegistry meters;

	final HttpClient http = HttpClient.newHttpClient();
	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String supplier = "inv-" + run;
	final String po = "PO-" + run;
	final String widget = "INV-W-" + run;
	final String gadget = "INV-G-" + run;

	@BeforeEach
	void aSupplierAndItsPurchaseOrder() {
		String ediId = supplier.toUpperCase().replace("-", "");
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Invoicing supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "invoice matching"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-1", widget, null, "EA", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-2", gadget, null, "EA", "EA", "1"), "test"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "MAIN", "USD",
				List.of(new IssuePurchaseOrderCommand.Line("1", widget, new BigDecimal(10), "EA", new BigDecimal("10.00"),
						LocalDate.of(2026, 12, 10)),
						new IssuePurchaseOrderCommand.Line("2", gadget, new BigDecimal(5), "EA", new BigDecimal("4.00"),
								LocalDate.of(2026, 12, 10)))));
	}

	@Test
	void aWaitingInvoiceMatchesWhenTheWarehouseReceivesItsGoodsAndIsAppliedOnce() throws Exception {
		double matchedBefore = counted("matched");
		ReceivedInvoice invoice = invoice("INV-1-" + run, po, false, "10.00");

		DocumentOutcome first = apply(invoice);
		assertThat(first.result()).isEqualTo(DocumentResult.APPLIED);
		assertThat(first.explanation()).contains("waiting for goods").contains("still to be delivered");
		assertThat(status(invoice.invoiceNumber())).isEqualTo("WAITING_FOR_GOODS");
		assertThat(published.of(SupplierInvoiceReceived.class, invoice.invoiceNumber())).singleElement()
			.satisfies(event -> {
				assertThat(event.correlationId().value()).isEqualTo(flowOfPo());
				assertThat(event.total()).isEqualByComparingTo("120.00");
				assertThat(event.channel()).isEqualTo("X12");
			});

		DocumentOutcome again = apply(invoice);
		assertThat(again.result()).isEqualTo(DocumentResult.DUPLICATE);
		assertThat(again.explanation()).contains("taken in before; nothing changed");
		DocumentOutcome other = apply(invoice(invoice.invoiceNumber(), po, false, "9.00"));
		assertThat(other.result()).isEqualTo(DocumentResult.DUPLICATE);
		assertThat(other.explanation()).contains("refused (DUPLICATE)").contains("nothing is billed");
		assertThat(published.of(SupplierInvoiceReceived.class, invoice.invoiceNumber())).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier_invoice WHERE supplier_id = ?").param(supplier)
			.query(Long.class).single()).isEqualTo(1);

		String receipt = "GR-" + run;
		assertThat(goodsReceived(receipt, "\"poLineNumber\":\"1\",\"sku\":\"" + widget + "\",\"quantity\":10",
				"\"sku\":\"" + gadget + "\",\"quantity\":5")).isEqualTo(202);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !published.of(SupplierInvoiceMatched.class, invoice.invoiceNumber()).isEmpty());
		assertThat(published.of(SupplierInvoiceMatched.class, invoice.invoiceNumber())).singleElement()
			.satisfies(event -> {
				assertThat(event.poNumber()).isEqualTo(po);
				assertThat(event.creditNote()).isFalse();
				assertThat(event.correlationId().value()).isEqualTo(flowOfPo());
				assertThat(event.lines()).extracting(line -> line.poLineNumber() + ":" + line.sku().code() + ":"
						+ line.quantity())
					.containsExactly("1:" + widget + ":10 EA", "2:" + gadget + ":5 EA");
				assertThat(event.receipts()).containsExactly(new SupplierInvoiceMatched.Receipt("MAIN", receipt));
				assertThat(event.total()).isEqualByComparingTo("120.00");
				assertThat(event.approvedBy()).isNull();
			});
		assertThat(status(invoice.invoiceNumber())).isEqualTo("MATCHED");
		assertThat(jdbc.sql("SELECT po_line_number FROM supplier_goods_receipt_line WHERE receipt_id = ? ORDER BY position")
			.param(receipt).query(String.class).list()).containsExactly("1", "2");

		ReceivedInvoice credit = new ReceivedInvoice("doc-cn", "CN-1-" + run, LocalDate.of(2026, 12, 12), po, true,
				invoice.invoiceNumber(), "USD", List.of(new ReceivedInvoice.Line("1", null,
						List.of(new PartnerItemId("VP", "VP-1")), new BigDecimal(2), "EA", new BigDecimal("10.00"))),
				List.of(), new BigDecimal("20.00"));
		assertThat(apply(credit).result()).isEqualTo(DocumentResult.APPLIED);
		assertThat(published.of(SupplierInvoiceMatched.class, credit.invoiceNumber())).singleElement()
			.satisfies(event -> {
				assertThat(event.creditNote()).isTrue();
				assertThat(event.originalInvoiceNumber()).isEqualTo(invoice.invoiceNumber());
				assertThat(event.total()).isEqualByComparingTo("20.00");
			});
		assertThat(published.of(SupplierInvoiceReceived.class, credit.invoiceNumber())).singleElement()
			.satisfies(event -> assertThat(event.total()).isEqualByComparingTo("-20.00"));
		assertThat(counted("matched")).isEqualTo(matchedBefore + 2);
	}

	@Test
	void heldInvoicesAreApprovedWithinTheRoleLimitOrRejectedAndBothAreAudited() throws Exception {
		String receipt = "GR-" + run;
		assertThat(goodsReceived(receipt, "\"poLineNumber\":\"1\",\"sku\":\"" + widget + "\",\"quantity\":10"))
			.isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM supplier_goods_receipt WHERE receipt_id = ?").param(receipt).query(Long.class)
			.single() == 1);

		ReceivedInvoice dear = invoice("INV-P-" + run, po, false, "11.00", false);
		DocumentOutcome held = apply(dear);
		assertThat(held.result()).isEqualTo(DocumentResult.APPLIED);
		assertThat(held.explanation()).contains("held").contains("price 11.00 is 10 % over the PO price 10.00");
		assertThat(published.of(SupplierInvoiceHeld.class, dear.invoiceNumber())).singleElement().satisfies(event -> {
			assertThat(event.reasonCodes()).containsExactly("PRICE_OVER_TOLERANCE", "TOTAL_OVER_TOLERANCE");
			assertThat(event.correlationId().value()).isEqualTo(flowOfPo());
		});
		assertThat(jdbc.sql("SELECT hold_codes FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, dear.invoiceNumber()).query(String.class).single())
			.isEqualTo("PRICE_OVER_TOLERANCE,TOTAL_OVER_TOLERANCE");

		ReceivedInvoice big = invoice("INV-B-" + run, po, false, "600.00", false);
		apply(big);
		long bigId = id(big.invoiceNumber());
		assertThatThrownBy(() -> decisions.approve(bigId, "agreed", "auditor", StaffRole.AUDITOR))
			.isInstanceOf(InvoiceDecisionRefused.class);
		assertThatThrownBy(() -> decisions.approve(bigId, "agreed", "operator", StaffRole.OPERATOR))
			.isInstanceOf(InvoiceDecisionRefused.class).hasMessageContaining("over the approval limit of 5000");
		assertThatThrownBy(() -> decisions.approve(bigId, " ", "admin", StaffRole.ADMIN))
			.isInstanceOf(InvoiceDecisionRefused.class).hasMessage("A decision needs a reason");
		assertThat(decisions.approve(bigId, "new price agreed by phone", "admin", StaffRole.ADMIN))
			.isEqualTo(InvoiceStatus.APPROVED);
		assertThat(published.of(SupplierInvoiceMatched.class, big.invoiceNumber())).singleElement().satisfies(event -> {
			assertThat(event.approvedBy()).isEqualTo("admin");
			assertThat(event.approvalReason()).isEqualTo("new price agreed by phone");
			assertThat(event.receipts()).containsExactly(new SupplierInvoiceMatched.Receipt("MAIN", receipt));
		});
		assertThatThrownBy(() -> decisions.approve(bigId, "again", "admin", StaffRole.ADMIN))
			.isInstanceOf(InvoiceDecisionRefused.class).hasMessageContaining("only a held invoice");

		long dearId = id(dear.invoiceNumber());
		assertThatThrownBy(() -> decisions.reject(dearId, "", "operator")).isInstanceOf(InvoiceDecisionRefused.class);
		assertThat(decisions.reject(dearId, "price not agreed", "operator")).isEqualTo(InvoiceStatus.REJECTED);
		assertThat(published.of(SupplierInvoiceRejected.class, dear.invoiceNumber())).singleElement()
			.satisfies(event -> {
				assertThat(event.rejectedBy()).isEqualTo("operator");
				assertThat(event.reason()).isEqualTo("price not agreed");
				assertThat(event.channel()).isEqualTo("X12");
				assertThat(event.sourceMessageId()).isNotBlank();
			});
		assertThat(jdbc.sql("SELECT action, actor FROM admin_audit WHERE target LIKE ? ORDER BY id")
			.param("supplier " + supplier + " %")
			.query((rs, row) -> rs.getString(1) + " by " + rs.getString(2)).list())
			.containsExactly("APPROVE_SUPPLIER_INVOICE by admin", "REJECT_SUPPLIER_INVOICE by operator");

		ReceivedInvoice unknown = invoice("INV-U-" + run, "PO-NONE-" + run, false, "10.00");
		DocumentOutcome kept = apply(unknown);
		assertThat(kept.result()).isEqualTo(DocumentResult.APPLIED);
		assertThat(jdbc.sql("SELECT status || ' ' || hold_codes FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, unknown.invoiceNumber()).query(String.class).single()).isEqualTo("HELD PO_UNKNOWN");

		ReceivedInvoice rehearsed = invoice("INV-T-" + run, po, false, "10.00");
		DocumentOutcome test = transactions.execute(tx -> {
			try {
				return documents.apply(new ReceivedMessage(UUID.randomUUID(), supplier, Channel.X12, Instant.now(), true),
						rehearsed, profiles.profile(supplier).orElseThrow());
			}
			catch (MappingFailure failure) {
				throw new IllegalStateException(failure);
			}
		});
		assertThat(test.explanation()).startsWith("Test, nothing changed: ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier_invoice WHERE invoice_number = ?")
			.param(rehearsed.invoiceNumber()).query(Long.class).single()).isZero();
		assertThat(published.of(SupplierInvoiceReceived.class, rehearsed.invoiceNumber())).isEmpty();
	}

	@Test
	void anInvoiceWaitingPastItsWaitIsHeldOnceAndStillMatchesWhenTheGoodsCome() throws Exception {
		ReceivedInvoice invoice = invoice("INV-W-" + run, po, false, "10.00");
		apply(invoice);
		jdbc.sql("UPDATE supplier_invoice SET wait_until = ? WHERE supplier_id = ? AND invoice_number = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), supplier, invoice.invoiceNumber())
			.update();

		assertThat(overdue.holdDue()).isPositive();
		assertThat(status(invoice.invoiceNumber())).isEqualTo("HELD");
		assertThat(published.of(SupplierInvoiceHeld.class, invoice.invoiceNumber())).singleElement()
			.satisfies(event -> assertThat(event.reasonCodes()).containsExactly("NO_RECEIPT_YET"));
		overdue.holdDue();
		assertThat(published.of(SupplierInvoiceHeld.class, invoice.invoiceNumber())).hasSize(1);

		assertThat(goodsReceived("GR-" + run, "\"poLineNumber\":\"1\",\"sku\":\"" + widget + "\",\"quantity\":10",
				"\"poLineNumber\":\"2\",\"sku\":\"" + gadget + "\",\"quantity\":5")).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(status(invoice.invoiceNumber())));
		assertThat(published.of(SupplierInvoiceMatched.class, invoice.invoiceNumber())).hasSize(1);
	}

	@Test
	void anAdminSetsTheSuppliersTolerancesOverTheApiAndTheMatchUsesThem() throws Exception {
		String path = "/api/v1/admin/suppliers/" + supplier + "/invoice-tolerances";
		HttpResponse<String> defaults = send("GET", path, null, "admin", "admin-secret-for-tests");
		assertThat(defaults.statusCode()).isEqualTo(200);
		assertThat(defaults.body()).contains("\"source\":\"DEFAULT\"").contains("\"linePricePercent\":2")
			.contains("\"waitForGoods\":\"PT72H\"");

		String body = """
				{"linePricePercent": 10, "linePriceAbsolute": 0.05, "lineQuantityPercent": 0,
				 "lineQuantityAbsolute": 0, "totalPercent": 10, "totalAbsolute": 1.00,
				 "chargesAbsolute": 10.00, "waitForGoods": "P5D"}""";
		assertThat(send("PUT", path, body, "operator", "operator-secret-for-tests").statusCode()).isEqualTo(403);
		HttpResponse<String> saved = send("PUT", path + "?reason=agreed%20in%20contract", body, "admin",
				"admin-secret-for-tests");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("\"source\":\"SUPPLIER\"").contains("\"linePricePercent\":10")
			.contains("\"waitForGoods\":\"PT120H\"");
		assertThat(jdbc.sql("SELECT reason FROM admin_audit WHERE action = 'SET_SUPPLIER_INVOICE_TOLERANCES' AND target = ?")
			.param(supplier).query(String.class).single()).isEqualTo("agreed in contract");

		HttpResponse<String> bad = send("PUT", path, body.replace("\"P5D\"", "\"5 days\"").replace(": 10,", ": -1,"),
				"admin", "admin-secret-for-tests");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(bad.body()).contains("waitForGoods").contains("linePricePercent");
		assertThat(send("GET", "/api/v1/admin/suppliers/nobody-" + run + "/invoice-tolerances", null, "admin",
				"admin-secret-for-tests").statusCode()).isEqualTo(404);

		assertThat(goodsReceived("GR-" + run, "\"poLineNumber\":\"1\",\"sku\":\"" + widget + "\",\"quantity\":10"))
			.isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM supplier_goods_receipt WHERE po_number = ?").param(po).query(Long.class)
			.single() == 1);
		ReceivedInvoice dearer = invoice("INV-D-" + run, po, false, "11.00", false);
		assertThat(apply(dearer).explanation()).endsWith(": matched");
	}

	private DocumentOutcome apply(ReceivedInvoice invoice) {
		return transactions.execute(tx -> {
			try {
				return documents.apply(new ReceivedMessage(UUID.randomUUID(), supplier, Channel.X12, Instant.now()),
						invoice, profiles.profile(supplier).orElseThrow());
			}
			catch (MappingFailure failure) {
				throw new IllegalStateException(failure);
			}
		});
	}

	/** An invoice of 10 of line 1 at {@code price} and, unless told otherwise, 5 of line 2 at 4.00. */
	private static ReceivedInvoice invoice(String number, String poNumber, boolean credit, String price) {
		return invoice(number, poNumber, credit, price, true);
	}

	private static ReceivedInvoice invoice(String number, String poNumber, boolean credit, String price,
			boolean secondLine) {
		var first = new ReceivedInvoice.Line("1", null, List.of(new PartnerItemId("VP", "VP-1")), new BigDecimal(10),
				"EA", new BigDecimal(price));
		var second = new ReceivedInvoice.Line(null, null, List.of(new PartnerItemId("VP", "VP-2")), new BigDecimal(5),
				"EA", new BigDecimal("4.00"));
		BigDecimal total = new BigDecimal(price).multiply(BigDecimal.TEN).add(secondLine ? new BigDecimal(20) : BigDecimal.ZERO);
		return new ReceivedInvoice("doc-1", number, LocalDate.of(2026, 12, 11), poNumber, credit, null, "USD",
				secondLine ? List.of(first, second) : List.of(first), List.of(), total);
	}

	private int goodsReceived(String receiptId, String... lines) throws Exception {
		String body = """
				{"eventId":"%s","type":"GOODS_RECEIVED","warehouse":"MAIN","poNumber":"%s","lines":[{%s}]}"""
			.formatted(receiptId, po, String.join("},{", lines));
		return send("POST", "/api/v1/warehouse/events", body, "operator", "operator-secret-for-tests").statusCode();
	}

	private HttpResponse<String> send(String method, String path, String body, String user, String password)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json, application/problem+json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String status(String invoiceNumber) {
		return jdbc.sql("SELECT status FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, invoiceNumber).query(String.class).single();
	}

	private long id(String invoiceNumber) {
		return jdbc.sql("SELECT id FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, invoiceNumber).query(Long.class).single();
	}

	private String flowOfPo() {
		return jdbc.sql("SELECT correlation_id FROM purchase_order WHERE supplier_id = ? AND po_number = ?")
			.params(supplier, po).query(String.class).single();
	}

	private double counted(String outcome) {
		var counter = meters.find("hub.supplier.invoices").tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}
}

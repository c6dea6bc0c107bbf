package org.distributionhub.erpgateway;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.SupplierInvoiceMatched;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events a vendor bill comes from, as the inventory and supplier modules publish them: a goods receipt of a PO
 * line, and the supplier's invoice (or credit note) matched against it, each published in a transaction of its own;
 * and what a test of the flow watches: the PO's postings drained to the ERP, the listener's failed deliveries, the
 * gateway's unfinished publications.
 */
public final class VendorBillEvents {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final ApplicationEventPublisher events;
	private final PlatformTransactionManager transactions;
	private final DispatchPostings dispatch;
	private final FindPostings postings;
	private final JdbcClient jdbc;

	public VendorBillEvents(ApplicationContext context) {
		this.events = context;
		this.transactions = context.getBean(PlatformTransactionManager.class);
		this.dispatch = context.getBean(DispatchPostings.class);
		this.postings = context.getBean(FindPostings.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}

	/** The postings of the PO, in sequence. */
	public List<PostingView> of(String poNumber) {
		return postings.byBusinessKey("PO:" + poNumber);
	}

	/** Waits until the PO has this many postings. */
	public void awaitRecorded(String poNumber, int count) {
		await().atMost(WAIT).until(() -> of(poNumber).size() == count);
	}

	/** Dispatches until the PO has this many postings, all sent. */
	public void drain(String poNumber, int count) {
		dispatchUntil(() -> {
			var all = of(poNumber);
			return all.size() == count && all.stream().allMatch(it -> it.status().equals("SENT"));
		});
	}

	/** Dispatch rounds until the condition holds. */
	public void dispatchUntil(java.util.concurrent.Callable<Boolean> condition) {
		await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
			dispatch.dispatchDue();
			return condition.call();
		});
	}

	/** The vendor bill listener's failed deliveries of the event, oldest first, by their error message. */
	public List<String> failures(UUID eventId) {
		return jdbc.sql("SELECT error_message FROM delivery_attempt WHERE listener_id = 'erpgateway.vendor-bill' "
				+ "AND event_id = ? ORDER BY attempt").param(eventId).query(String.class).list();
	}

	/** Waits until the gateway's listeners have finished every event about the PO. */
	public void awaitHeard(String poNumber) {
		await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE "
				+ "'erpgateway.%' AND serialized_event LIKE ? AND completion_date IS NULL").param("%" + poNumber + "%")
			.query(Long.class).single() == 0);
	}

	/** Receipt {@code receiptId} at WH-1 of {@code quantity} of {@code sku} on PO line {@code poLine}. */
	public static GoodsReceived receipt(String poNumber, String receiptId, String poLine, String sku, int quantity) {
		return new GoodsReceived(UUID.randomUUID(), CorrelationId.random(), receiptId, "WH-1", poNumber,
				List.of(new GoodsReceived.Line(poLine, new Sku(sku), Quantity.of(quantity, UnitOfMeasure.EACH))),
				Instant.parse("2026-11-27T09:00:00Z"));
	}

	/**
	 * Invoice {@code invoiceNumber} of ACME for {@code quantity} of {@code sku} at 9.50 EUR on PO line {@code poLine},
	 * with 19 % tax and a 5.00 freight charge, matched with the receipts named.
	 */
	public static SupplierInvoiceMatched invoice(String poNumber, String invoiceNumber, String poLine, String sku,
			int quantity, String... receiptIds) {
		return matched(poNumber, invoiceNumber, false, null, poLine, sku, quantity, receiptIds);
	}

	/** Credit note {@code number} of ACME crediting {@code quantity} of {@code sku} of invoice {@code original}. */
	public static SupplierInvoiceMatched creditNote(String poNumber, String number, String original, String poLine,
			String sku, int quantity) {
		return matched(poNumber, number, true, original, poLine, sku, quantity);
	}

	private static SupplierInvoiceMatched matched(String poNumber, String number, boolean creditNote,
			String original, String poLine, String sku, int quantity, String... receiptIds) {
		var amount = new BigDecimal("9.50").multiply(BigDecimal.valueOf(quantity));
		var tax = amount.multiply(new BigDecimal("0.19")).setScale(2, java.math.RoundingMode.HALF_UP);
		var charges = creditNote ? List.of(new SupplierInvoiceMatched.Charge("TAX", "VAT 19%", tax))
				: List.of(new SupplierInvoiceMatched.Charge("TAX", "VAT 19%", tax),
						new SupplierInvoiceMatched.Charge("CHARGE", "Freight", new BigDecimal("5.00")));
		var total = charges.stream().map(SupplierInvoiceMatched.Charge::amount).reduce(amount, BigDecimal::add);
		return new SupplierInvoiceMatched(UUID.randomUUID(), CorrelationId.random(), "ACME", number, poNumber,
				creditNote, original, LocalDate.parse("2026-11-30"), "EUR",
				List.of(new SupplierInvoiceMatched.Line(poLine, new Sku(sku), Quantity.of(quantity, UnitOfMeasure.EACH),
						new BigDecimal("9.50"), amount)),
				charges, total,
				java.util.Arrays.stream(receiptIds).map(id -> new SupplierInvoiceMatched.Receipt("WH-1", id)).toList(),
				null, null);
	}
}

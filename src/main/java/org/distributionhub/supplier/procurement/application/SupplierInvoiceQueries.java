package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.PoLine;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.StoredInvoice;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.StoredLine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier invoices for the console and the staff API. An invoice's line stands beside its PO line (ordered
 * quantity, the supplier's confirmed price or else ours, any substitute), the quantity received for that line over
 * every goods receipt, and the quantity billed for it on the supplier's other invoices that are not rejected (credit
 * notes subtract).
 */
@Service
class SupplierInvoiceQueries implements FindSupplierInvoices {

	static final int MAX_LIMIT = 1000;

	private final InvoiceReadModel store;

	SupplierInvoiceQueries(InvoiceReadModel store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvoiceSummary> invoices(InvoiceFilter filter) {
		return store.invoices(new InvoiceFilter(filter.supplierId(), filter.status(), filter.from(), filter.to(),
				bounded(filter.limit())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvoiceSummary> held(int limit) {
		return store.held(bounded(limit));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InvoiceDetail> invoice(long invoiceId) {
		return store.invoice(invoiceId).map(this::detail);
	}

	private InvoiceDetail detail(StoredInvoice invoice) {
		var summary = invoice.summary();
		Map<String, OrderSide> orders = new HashMap<>();
		var lines = invoice.lines().stream().map(line -> {
			String po = line.poNumber() != null ? line.poNumber() : summary.poNumber();
			OrderSide order = po == null ? null
					: orders.computeIfAbsent(po, number -> orderSide(summary.supplierId(), number, summary.id()));
			return match(line, order);
		}).toList();
		return new InvoiceDetail(summary, invoice.originalInvoiceNumber(), lines, invoice.charges(),
				invoice.decidedBy(), invoice.decidedAt(), invoice.decisionReason(), invoice.sourceMessageId());
	}

	private OrderSide orderSide(String supplierId, String poNumber, long invoiceId) {
		var keys = new PoLineKeys(store.poLines(supplierId, poNumber));
		Map<String, BigDecimal> received = new HashMap<>();
		store.received(supplierId, poNumber)
			.forEach(it -> received.merge(keys.key(it.poLineNumber(), it.sku()), it.quantity(), BigDecimal::add));
		Map<String, BigDecimal> invoiced = new HashMap<>();
		store.invoicedElsewhere(supplierId, poNumber, invoiceId)
			.forEach(it -> invoiced.merge(keys.key(it.poLineNumber(), it.sku()), it.quantity(), BigDecimal::add));
		return new OrderSide(keys, received, invoiced);
	}

	private static LineMatch match(StoredLine line, @Nullable OrderSide order) {
		String key = order == null ? null : order.keys().key(line.poLineNumber(), line.sku());
		PoLine po = key == null ? null : order.keys().line(key);
		return new LineMatch(line.position(), po != null ? po.lineNumber() : line.poLineNumber(), line.sku(),
				plain(line.quantity()), line.unit(), plain(line.unitPrice()), plain(line.amount()),
				po == null ? null : plain(po.ordered()), po == null || po.price() == null ? null : plain(po.price()),
				po == null ? null : po.substitute(),
				plain(key == null ? BigDecimal.ZERO : order.received().getOrDefault(key, BigDecimal.ZERO)),
				plain(key == null ? BigDecimal.ZERO : order.invoiced().getOrDefault(key, BigDecimal.ZERO)),
				line.problems());
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	/** Without trailing zeros and never in exponent form (100, not 1E+2). */
	static BigDecimal plain(BigDecimal amount) {
		return new BigDecimal(amount.stripTrailingZeros().toPlainString());
	}

	private record OrderSide(PoLineKeys keys, Map<String, BigDecimal> received, Map<String, BigDecimal> invoiced) {
	}
}

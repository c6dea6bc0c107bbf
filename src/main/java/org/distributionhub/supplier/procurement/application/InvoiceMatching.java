package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.distributionhub.shared.Money;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.events.SupplierInvoiceMatched.Receipt;
import org.distributionhub.supplier.procurement.domain.InvoiceLine;
import org.distributionhub.supplier.procurement.domain.InvoiceTolerances;
import org.distributionhub.supplier.procurement.domain.MatchBasis;
import org.distributionhub.supplier.procurement.domain.MatchResult;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.domain.ThreeWayMatch;
import org.distributionhub.supplier.procurement.ports.out.GoodsReceipts;
import org.distributionhub.supplier.procurement.ports.out.InvoiceOutcomes;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Matches an invoice three ways against its purchase order as the supplier agreed it, the goods received and what
 * was billed before, in the caller's transaction (which holds the order's lock); then settles, saves and publishes:
 * {@code SupplierInvoiceMatched} or {@code SupplierInvoiceHeld}; a waiting invoice publishes nothing until it moves.
 */
@Component
class InvoiceMatching {

	private final SupplierInvoices invoices;
	private final GoodsReceipts receipts;
	private final InvoiceToleranceSettings tolerances;
	private final SupplierEvents events;
	private final InvoiceOutcomes outcomes;
	private final Clock clock;

	InvoiceMatching(SupplierInvoices invoices, GoodsReceipts receipts, InvoiceToleranceSettings tolerances,
			SupplierEvents events, InvoiceOutcomes outcomes, Clock clock) {
		this.invoices = invoices;
		this.receipts = receipts;
		this.tolerances = tolerances;
		this.events = events;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	InvoiceTolerances tolerancesOf(String supplierId) {
		return tolerances.inForce(supplierId);
	}

	/** The verdict, without saving or publishing anything. */
	MatchResult judge(SupplierInvoice invoice, PurchaseOrder order) {
		return ThreeWayMatch.match(invoice, basis(invoice, order));
	}

	/** Re-matches a stored invoice (goods arrived): saves its reasons, publishes only when its status changed. */
	void rematch(SupplierInvoice invoice, PurchaseOrder order) {
		Instant now = clock.instant();
		InvoiceStatus before = invoice.status();
		if (invoice.settle(judge(invoice, order), tolerancesOf(invoice.supplierId()).waitForGoods(), now)
				&& invoices.update(invoice) && invoice.status() != before) {
			announce(invoice, order);
		}
	}

	/** Publishes and counts where a settled or new invoice stands. */
	void announce(SupplierInvoice invoice, @Nullable PurchaseOrder order) {
		InvoiceStatus status = invoice.status();
		if (status == InvoiceStatus.MATCHED || status == InvoiceStatus.APPROVED) {
			events.invoiceMatched(invoice, order != null ? reliedOn(invoice, order) : List.of());
		}
		else if (status == InvoiceStatus.HELD) {
			events.invoiceHeld(invoice);
		}
		outcomes.count(outcome(status));
	}

	static String outcome(InvoiceStatus status) {
		return switch (status) {
			case MATCHED -> "matched";
			case HELD -> "held";
			case WAITING_FOR_GOODS -> "waiting";
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
		};
	}

	/** The goods receipts of the order that received a line the invoice bills. */
	List<Receipt> reliedOn(SupplierInvoice invoice, PurchaseOrder order) {
		Set<String> billed = invoice.lines().stream().map(InvoiceLine::poLineNumber).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return receipts.receiptsOf(order.id().supplierId(), order.id().poNumber()).stream()
			.filter(receipt -> receipt.poLineNumbers().stream().anyMatch(billed::contains))
			.map(receipt -> new Receipt(receipt.warehouse(), receipt.receiptId()))
			.toList();
	}

	private MatchBasis basis(SupplierInvoice invoice, PurchaseOrder order) {
		String supplierId = order.id().supplierId();
		String poNumber = order.id().poNumber();
		Map<String, BigDecimal> received = new HashMap<>();
		Set<String> otherUnit = new java.util.HashSet<>();
		Map<String, String> units = order.lines().stream()
			.collect(Collectors.toMap(PurchaseOrderLine::lineNumber, line -> line.ordered().unit().code()));
		for (GoodsReceipts.Received it : receipts.receivedOf(supplierId, poNumber)) {
			if (it.unit().equals(units.get(it.poLineNumber()))) {
				received.merge(it.poLineNumber(), it.quantity(), BigDecimal::add);
			}
			else {
				otherUnit.add(it.poLineNumber());
			}
		}
		Map<String, BigDecimal[]> billed = new HashMap<>();
		long self = invoice.id() != null ? invoice.id() : -1;
		for (SupplierInvoices.Billed it : invoices.billed(supplierId, poNumber, self)) {
			BigDecimal[] sums = billed.computeIfAbsent(it.poLineNumber(), key -> new BigDecimal[] { BigDecimal.ZERO,
					BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			int at = it.creditNote() ? 2 : 0;
			sums[at] = sums[at].add(it.quantity());
			sums[at + 1] = sums[at + 1].add(it.amount());
		}
		Map<String, MatchBasis.OrderedLine> lines = new HashMap<>();
		for (PurchaseOrderLine line : order.lines()) {
			BigDecimal[] sums = billed.getOrDefault(line.lineNumber(), new BigDecimal[] { BigDecimal.ZERO,
					BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			Money agreed = line.state().unitPrice() != null ? line.state().unitPrice() : line.unitPrice();
			BigDecimal expected = line.state().acknowledged() ? line.state().expected(line.ordered()).amount()
					: line.ordered().amount();
			lines.put(line.lineNumber(), new MatchBasis.OrderedLine(line.lineNumber(), line.sku().code(),
					line.state().substitute() != null ? line.state().substitute().code() : null,
					line.ordered().unit().code(), agreed != null ? agreed.amount() : null, expected,
					received.getOrDefault(line.lineNumber(), BigDecimal.ZERO), otherUnit.contains(line.lineNumber()),
					sums[0], sums[1], sums[2], sums[3]));
		}
		return new MatchBasis(order.currency(), lines, receipts.receiptsOf(supplierId, poNumber),
				tolerancesOf(supplierId));
	}
}

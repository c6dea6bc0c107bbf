package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.api.FindAccruals;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.InvoicedQuantity;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.PoLine;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel.ReceivedQuantity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accrual reconciliation, per supplier and purchase order, line by line:
 * <ul>
 * <li>received = the quantity of every goods receipt of the line; invoiced = the quantity of the line on MATCHED and
 * APPROVED invoices minus that on MATCHED and APPROVED credit notes (held, waiting and rejected ones do not
 * count);</li>
 * <li>the line's price is the supplier's confirmed price, else the PO price, else (no price on the PO) the average
 * price it was invoiced at, else zero;</li>
 * <li>receivedValue = received quantity at that price; invoicedValue = the invoiced line amounts (what was billed,
 * credit notes subtracted; charges and taxes are not part of it);</li>
 * <li>receivedNotInvoiced = (received - invoiced) at the price when received is more, invoicedNotReceived =
 * (invoiced - received) at the price when invoiced is more, summed over the lines;</li>
 * <li>since = first in, first out: the receipt (or invoice) from which the received (or invoiced) quantity first
 * exceeded the other, the oldest over the lines with a difference.</li>
 * </ul>
 * A purchase order is listed only when a line's quantities differ; the oldest difference first. Values have two
 * decimals.
 */
@Service
class AccrualQueries implements FindAccruals {

	private final InvoiceReadModel store;

	AccrualQueries(InvoiceReadModel store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Accrual> accruals(@Nullable String supplierId) {
		Map<String, Order> orders = new LinkedHashMap<>();
		for (PoLine line : store.poLinesWithActivity(supplierId)) {
			order(orders, line.supplierId(), line.poNumber()).poLines.add(line);
		}
		for (ReceivedQuantity received : store.received(supplierId)) {
			order(orders, received.supplierId(), received.poNumber()).received.add(received);
		}
		for (InvoicedQuantity billed : store.billed(supplierId)) {
			order(orders, billed.supplierId(), billed.poNumber()).billed.add(billed);
		}
		var accruals = new ArrayList<Accrual>();
		for (Order order : orders.values()) {
			Accrual accrual = order.reconcile();
			if (accrual != null) {
				accruals.add(accrual);
			}
		}
		accruals.sort(Comparator.comparing(Accrual::since).thenComparing(Accrual::supplierId)
			.thenComparing(Accrual::poNumber));
		return accruals;
	}

	private static Order order(Map<String, Order> orders, String supplierId, String poNumber) {
		return orders.computeIfAbsent(supplierId + '\u0000' + poNumber, key -> new Order(supplierId, poNumber));
	}

	/** What one purchase order received and was billed. */
	private static final class Order {

		final String supplierId;
		final String poNumber;
		final List<PoLine> poLines = new ArrayList<>();
		final List<ReceivedQuantity> received = new ArrayList<>();
		final List<InvoicedQuantity> billed = new ArrayList<>();

		Order(String supplierId, String poNumber) {
			this.supplierId = supplierId;
			this.poNumber = poNumber;
		}

		@Nullable
		Accrual reconcile() {
			var keys = new PoLineKeys(poLines);
			Map<String, Line> lines = new LinkedHashMap<>();
			received.forEach(it -> lines.computeIfAbsent(keys.key(it.poLineNumber(), it.sku()), key -> new Line())
				.receipts.add(it));
			billed.forEach(it -> lines.computeIfAbsent(keys.key(it.poLineNumber(), it.sku()), key -> new Line())
				.invoices.add(it));
			BigDecimal receivedValue = BigDecimal.ZERO;
			BigDecimal invoicedValue = BigDecimal.ZERO;
			BigDecimal notInvoiced = BigDecimal.ZERO;
			BigDecimal notReceived = BigDecimal.ZERO;
			Instant since = null;
			for (var entry : lines.entrySet()) {
				Line line = entry.getValue();
				PoLine po = keys.line(entry.getKey());
				BigDecimal price = line.price(po == null ? null : po.price());
				BigDecimal difference = line.receivedQuantity().subtract(line.invoicedQuantity());
				receivedValue = receivedValue.add(line.receivedQuantity().multiply(price));
				invoicedValue = invoicedValue.add(line.invoicedAmount());
				if (difference.signum() > 0) {
					notInvoiced = notInvoiced.add(difference.multiply(price));
				}
				else if (difference.signum() < 0) {
					notReceived = notReceived.add(difference.negate().multiply(price));
				}
				Instant lineSince = line.since(difference);
				if (lineSince != null && (since == null || lineSince.isBefore(since))) {
					since = lineSince;
				}
			}
			if (since == null) {
				return null;
			}
			return new Accrual(supplierId, poNumber, currency(), money(receivedValue), money(invoicedValue),
					money(notInvoiced), money(notReceived), since);
		}

		private String currency() {
			for (PoLine line : poLines) {
				if (line.currency() != null) {
					return line.currency();
				}
			}
			return billed.isEmpty() ? "" : billed.get(0).currency();
		}
	}

	/** One PO line's receipts and invoice lines, each in the order they came. */
	private static final class Line {

		final List<ReceivedQuantity> receipts = new ArrayList<>();
		final List<InvoicedQuantity> invoices = new ArrayList<>();

		BigDecimal receivedQuantity() {
			return receipts.stream().map(ReceivedQuantity::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		BigDecimal invoicedQuantity() {
			return invoices.stream().map(InvoicedQuantity::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		BigDecimal invoicedAmount() {
			return invoices.stream().map(InvoicedQuantity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/** The PO's price, else the average price of the invoices (not credit notes), else zero. */
		BigDecimal price(@Nullable BigDecimal poPrice) {
			if (poPrice != null) {
				return poPrice;
			}
			BigDecimal quantity = BigDecimal.ZERO;
			BigDecimal amount = BigDecimal.ZERO;
			for (InvoicedQuantity invoice : invoices) {
				if (invoice.quantity().signum() > 0) {
					quantity = quantity.add(invoice.quantity());
					amount = amount.add(invoice.amount());
				}
			}
			return quantity.signum() == 0 ? BigDecimal.ZERO : amount.divide(quantity, 6, RoundingMode.HALF_UP);
		}

		/** First in, first out: when the side that is ahead passed the other; null without a difference. */
		@Nullable
		Instant since(BigDecimal difference) {
			if (difference.signum() > 0) {
				BigDecimal invoiced = invoicedQuantity();
				BigDecimal cumulative = BigDecimal.ZERO;
				for (ReceivedQuantity receipt : sorted(receipts, ReceivedQuantity::receivedAt)) {
					cumulative = cumulative.add(receipt.quantity());
					if (cumulative.compareTo(invoiced) > 0) {
						return receipt.receivedAt();
					}
				}
			}
			if (difference.signum() < 0) {
				BigDecimal receivedQuantity = receivedQuantity();
				BigDecimal cumulative = BigDecimal.ZERO;
				for (InvoicedQuantity invoice : sorted(invoices, InvoicedQuantity::receivedAt)) {
					cumulative = cumulative.add(invoice.quantity());
					if (cumulative.compareTo(receivedQuantity) > 0) {
						return invoice.receivedAt();
					}
				}
			}
			return null;
		}

		private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, Instant> time) {
			return items.stream().sorted(Comparator.comparing(time)).toList();
		}
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}

package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Receipt;
import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Closes the expected inbound a warehouse receipt names by PO number, in the caller's transaction. A line naming its
 * PO line is received on it; a line naming only a SKU fills the PO's lines of that SKU in line order, up to what
 * each still expects, the last taking any excess. A PO the hub does not know closes nothing; a PO line it does not
 * have, or one for another SKU, refuses the receipt. Lines are locked in supplier and line order.
 */
@Component
class InboundReceipts {

	private final ExpectedInbounds inbounds;
	private final ExpectationStore store;

	InboundReceipts(ExpectedInbounds inbounds, ExpectationStore store) {
		this.inbounds = inbounds;
		this.store = store;
	}

	/** A received quantity of a SKU, for a PO line if the warehouse named one. */
	record ReceivedLine(@Nullable String poLineNumber, Sku sku, Quantity quantity) {
	}

	/** Receives the lines on the purchase order; returns them as received per PO line. */
	List<GoodsReceived.Line> close(CorrelationId correlationId, String receiptId, String poNumber, String warehouse,
			List<ReceivedLine> lines) {
		List<ExpectedInbound> order = ofOneSupplier(inbounds.lockPurchaseOrder(poNumber), warehouse);
		if (order.isEmpty()) {
			return lines.stream()
				.map(it -> new GoodsReceived.Line(it.poLineNumber(), it.sku(), it.quantity()))
				.toList();
		}
		Map<PurchaseOrderLine, Quantity> received = new TreeMap<>();
		var parts = new ArrayList<GoodsReceived.Line>();
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			String at = "lines[" + i + "].";
			if (line.poLineNumber() != null) {
				var named = order.stream().filter(it -> it.line().lineNumber().equals(line.poLineNumber())).findFirst();
				if (named.isEmpty()) {
					problems.add(new FieldProblem(at + "poLineNumber", "purchase order " + poNumber + " has no line "
							+ line.poLineNumber()));
				}
				else if (!named.get().sku().equals(line.sku())) {
					problems.add(new FieldProblem(at + "sku", "line " + line.poLineNumber() + " of purchase order "
							+ poNumber + " is for SKU " + named.get().sku() + ", not " + line.sku()));
				}
				else {
					add(received, parts, problems, at, named.get().line(), line.sku(), line.quantity());
				}
				continue;
			}
			var ofSku = order.stream().filter(it -> it.sku().equals(line.sku())).toList();
			if (ofSku.isEmpty()) {
				parts.add(new GoodsReceived.Line(null, line.sku(), line.quantity()));
				continue;
			}
			BigDecimal remaining = line.quantity().amount();
			for (int n = 0; n < ofSku.size() && remaining.signum() > 0; n++) {
				var inbound = ofSku.get(n);
				BigDecimal taken = n == ofSku.size() - 1 ? remaining
						: remaining.min(stillExpected(inbound, received.get(inbound.line()), line.quantity()));
				if (taken.signum() > 0) {
					add(received, parts, problems, at, inbound.line(), line.sku(),
							new Quantity(taken, line.quantity().unit()));
					remaining = remaining.subtract(taken);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new WarehouseEventRejected(problems);
		}
		Map<PurchaseOrderLine, ExpectedInbound> byLine = new LinkedHashMap<>();
		order.forEach(it -> byLine.put(it.line(), it));
		received.forEach((poLine, quantity) -> {
			var inbound = byLine.get(poLine);
			var before = inbound.snapshot();
			store.store(inbound, before, inbound.receive(new Receipt(receiptId, quantity)), correlationId);
		});
		return parts;
	}

	private static void add(Map<PurchaseOrderLine, Quantity> received, List<GoodsReceived.Line> parts,
			List<FieldProblem> problems, String at, PurchaseOrderLine poLine, Sku sku, Quantity quantity) {
		var earlier = received.get(poLine);
		if (earlier != null && !earlier.unit().equals(quantity.unit())) {
			problems.add(new FieldProblem(at + "unit", "line " + poLine.lineNumber() + " of purchase order "
					+ poLine.poNumber() + " was received in " + earlier.unit() + " on another line of this receipt"));
			return;
		}
		received.merge(poLine, quantity, Quantity::plus);
		parts.add(new GoodsReceived.Line(poLine.lineNumber(), sku, quantity));
	}

	/** What the line still expects in the quantity's unit, less what this receipt gave it already. */
	private static BigDecimal stillExpected(ExpectedInbound inbound, @Nullable Quantity receivedHere,
			Quantity inUnitOf) {
		BigDecimal expected = inbound.expected()
			.totals()
			.stream()
			.filter(it -> it.unit().equals(inUnitOf.unit()))
			.map(Quantity::amount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
		BigDecimal left = receivedHere == null ? expected : expected.subtract(receivedHere.amount());
		return left.max(BigDecimal.ZERO);
	}

	/**
	 * PO numbers are the buyer's and so unique, but if two suppliers' orders share one, the receipt belongs to the
	 * one shipped to this warehouse.
	 */
	private static List<ExpectedInbound> ofOneSupplier(List<ExpectedInbound> lines, String warehouse) {
		if (lines.stream().map(it -> it.line().supplierId()).distinct().count() <= 1) {
			return lines;
		}
		var here = lines.stream().filter(it -> it.location().equals(warehouse)).toList();
		String supplier = (here.isEmpty() ? lines : here).get(0).line().supplierId();
		return lines.stream().filter(it -> it.line().supplierId().equals(supplier)).toList();
	}
}

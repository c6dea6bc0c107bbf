package org.distributionhub.inventory.application;

import java.util.HashMap;
import java.util.Map;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.ExpectedInboundSnapshot;
import org.distributionhub.inventory.domain.IssuedRevision;
import org.distributionhub.inventory.domain.IssuedRevision.RequestedLine;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies an issued purchase order revision to all the order's lines, which it locks in line number order. */
@Service
class PurchaseOrderLinesRecorder implements RecordPurchaseOrderLines {

	private final ExpectedInbounds inbounds;
	private final ExpectationStore store;

	PurchaseOrderLinesRecorder(ExpectedInbounds inbounds, ExpectationStore store) {
		this.inbounds = inbounds;
		this.store = store;
	}

	@Override
	@Transactional
	public int record(RecordPurchaseOrderLinesCommand command) {
		var revision = new IssuedRevision(command.supplierId(), command.poNumber(), command.revision(),
				command.location(), command.lines()
					.stream()
					.map(it -> new RequestedLine(it.lineNumber(), it.sku(),
							new Delivery(it.quantity(), it.requestedDate())))
					.toList());
		revision.lines()
			.stream()
			.sorted((a, b) -> a.lineNumber().compareTo(b.lineNumber()))
			.forEach(it -> inbounds.addIfAbsent(ExpectedInbound.unknown(
					new PurchaseOrderLine(command.supplierId(), command.poNumber(), it.lineNumber()), it.sku(),
					command.location())));
		Map<PurchaseOrderLine, ExpectedInbound> order = new HashMap<>();
		Map<PurchaseOrderLine, ExpectedInboundSnapshot> before = new HashMap<>();
		for (var inbound : inbounds.lockOrder(command.supplierId(), command.poNumber())) {
			order.put(inbound.line(), inbound);
			before.put(inbound.line(), inbound.snapshot());
		}
		int changed = 0;
		for (var change : revision.applyTo(order.values())) {
			changed += store.store(order.get(change.line()), before.get(change.line()), change,
					command.correlationId());
		}
		return changed;
	}
}

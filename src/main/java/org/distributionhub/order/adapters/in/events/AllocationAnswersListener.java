package org.distributionhub.order.adapters.in.events;

import org.distributionhub.order.events.AllocationRefused;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.order.ports.in.RecordAllocation;
import org.distributionhub.order.ports.in.RecordAllocation.AllocationCommand;
import org.distributionhub.order.ports.in.RecordAllocation.LineDecision;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hands Inventory's allocation answers to the order they are for. */
@Component
class AllocationAnswersListener {

	private final RecordAllocation allocation;

	AllocationAnswersListener(RecordAllocation allocation) {
		this.allocation = allocation;
	}

	@ApplicationModuleListener(id = "order.allocation.reserved")
	void on(StockReserved event) {
		allocation.record(new AllocationCommand(event.orderId(), event.lines().stream()
			.map(line -> new LineDecision(line.lineNumber(), line.sku(), "RESERVED", line.reserved(), null, null,
					null, null, line.allocationVersion()))
			.toList()));
	}

	@ApplicationModuleListener(id = "order.allocation.backordered")
	void on(StockBackordered event) {
		allocation.record(new AllocationCommand(event.orderId(), event.lines().stream()
			.map(line -> new LineDecision(line.lineNumber(), line.sku(), "BACKORDERED", line.reserved(),
					line.backordered(), line.promiseDate(), null, null, line.allocationVersion()))
			.toList()));
	}

	@ApplicationModuleListener(id = "order.allocation.refused")
	void on(AllocationRefused event) {
		allocation.record(new AllocationCommand(event.orderId(), event.lines().stream()
			.map(line -> new LineDecision(line.lineNumber(), line.sku(), "REFUSED", null, null, null, line.reason(),
					line.message(), line.allocationVersion()))
			.toList()));
	}
}

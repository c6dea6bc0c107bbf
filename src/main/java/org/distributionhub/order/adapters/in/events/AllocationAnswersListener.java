package org.distributionhub.order.adapters.in.events;

import java.util.List;

import org.distributionhub.order.events.AllocationRefused;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.order.ports.in.RecordAllocation;
import org.distributionhub.order.ports.in.RecordAllocation.AllocationCommand;
import org.distributionhub.order.ports.in.RecordAllocation.Backordered;
import org.distributionhub.order.ports.in.RecordAllocation.LineDecision;
import org.distributionhub.order.ports.in.RecordAllocation.Refused;
import org.distributionhub.order.ports.in.RecordAllocation.Reserved;
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
		record(event.orderId(), event.lines().stream()
			.<LineDecision>map(line -> new Reserved(line.lineNumber(), line.sku(), line.reserved(),
					line.allocationVersion()))
			.toList());
	}

	@ApplicationModuleListener(id = "order.allocation.backordered")
	void on(StockBackordered event) {
		record(event.orderId(), event.lines().stream()
			.<LineDecision>map(line -> new Backordered(line.lineNumber(), line.sku(), line.reserved(),
					line.backordered(), line.promiseDate(), line.allocationVersion()))
			.toList());
	}

	@ApplicationModuleListener(id = "order.allocation.refused")
	void on(AllocationRefused event) {
		record(event.orderId(), event.lines().stream()
			.<LineDecision>map(line -> new Refused(line.lineNumber(), line.sku(), line.reason(), line.message(),
					line.allocationVersion()))
			.toList());
	}

	private void record(String orderId, List<LineDecision> lines) {
		allocation.record(new AllocationCommand(orderId, lines));
	}
}

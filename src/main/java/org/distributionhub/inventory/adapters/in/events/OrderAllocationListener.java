package org.distributionhub.inventory.adapters.in.events;

import java.util.List;

import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.AllocateOrders.ReleaseOrderCommand;
import org.distributionhub.order.events.OrderCancelled;
import org.distributionhub.order.events.OrderChanged;
import org.distributionhub.order.events.OrderPlaced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns the Order module's placed, changed and cancelled orders into allocation commands. */
@Component
class OrderAllocationListener {

	static final String ORDER_PLACED = "inventory.allocation.order-placed";
	static final String ORDER_CHANGED = "inventory.allocation.order-changed";
	static final String ORDER_CANCELLED = "inventory.allocation.order-cancelled";

	private final AllocateOrders allocation;

	OrderAllocationListener(AllocateOrders allocation) {
		this.allocation = allocation;
	}

	@ApplicationModuleListener(id = ORDER_PLACED)
	void on(OrderPlaced placed) {
		allocation.allocate(new AllocateOrderCommand(placed.correlationId(), placed.orderId(), placed.warehouse(),
				placed.revision(), lines(placed.lines())));
	}

	@ApplicationModuleListener(id = ORDER_CHANGED)
	void on(OrderChanged changed) {
		allocation.allocate(new AllocateOrderCommand(changed.correlationId(), changed.orderId(), changed.warehouse(),
				changed.revision(), lines(changed.lines())));
	}

	@ApplicationModuleListener(id = ORDER_CANCELLED)
	void on(OrderCancelled cancelled) {
		allocation.release(new ReleaseOrderCommand(cancelled.correlationId(), cancelled.orderId(),
				cancelled.warehouse(), cancelled.revision()));
	}

	private static List<AllocateOrderCommand.Line> lines(List<OrderPlaced.Line> lines) {
		return lines.stream().map(it -> new AllocateOrderCommand.Line(it.lineNumber(), it.sku(), it.quantity())).toList();
	}
}

package org.distributionhub.order.adapters.in.events;

import java.util.List;

import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.order.ports.in.RecordWarehouseMilestone;
import org.distributionhub.order.ports.in.RecordWarehouseMilestone.DispatchCommand;
import org.distributionhub.order.ports.in.RecordWarehouseMilestone.MilestoneLine;
import org.distributionhub.order.ports.in.RecordWarehouseMilestone.PickCommand;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hands the warehouse's picks and dispatches, as Inventory's warehouse intake relays them, to their order. */
@Component
class OrderWarehouseListener {

	private final RecordWarehouseMilestone milestones;

	OrderWarehouseListener(RecordWarehouseMilestone milestones) {
		this.milestones = milestones;
	}

	@ApplicationModuleListener(id = "order.warehouse.pick")
	void on(PickConfirmed event) {
		milestones.pick(new PickCommand(event.orderId(), event.warehouseEventId(), lines(event.lines()),
				event.pickedAt()));
	}

	@ApplicationModuleListener(id = "order.warehouse.dispatch")
	void on(ShipmentDispatched event) {
		milestones.dispatch(new DispatchCommand(event.orderId(), event.warehouseEventId(), event.shipmentId(),
				lines(event.lines()), event.carrier(), event.trackingNumber(), event.dispatchedAt()));
	}

	private static List<MilestoneLine> lines(List<PickConfirmed.PickedLine> lines) {
		return lines.stream().map(it -> new MilestoneLine(it.lineNumber(), it.sku(), it.quantity())).toList();
	}
}

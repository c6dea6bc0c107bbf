package org.distributionhub.erpgateway.adapters.in.events;

import org.distributionhub.erpgateway.ports.in.PostingCommand.MovedLine;
import org.distributionhub.erpgateway.ports.in.PostingCommand.ShipmentCommand;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.order.events.OrderShipped;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A final shipment of a customer order becomes the sales order's shipment posting. */
@Component
class ErpShipmentListener {

	static final String LISTENER_ID = "erpgateway.order-shipment";

	private final RecordPosting record;

	ErpShipmentListener(RecordPosting record) {
		this.record = record;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(OrderShipped shipped) {
		record.record(new ShipmentCommand(shipped.orderId(), shipped.externalOrderId(), shipped.channel(),
				shipped.customer(), shipped.shipmentId(), shipped.warehouse(), shipped.dispatchedAt(),
				shipped.lines().stream()
					.map(line -> new MovedLine(Integer.toString(line.lineNumber()), line.sku(), line.quantity()))
					.toList()));
	}
}

package org.distributionhub.erpgateway.adapters.in.events;

import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.in.RecordPosting.RecordPostingCommand;
import org.distributionhub.order.events.OrderShipped;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A final shipment of a customer order becomes the sales order's SHIPMENT posting: business key SO:orderId (the
 * invoice of the order follows it in the same sequence), idempotency key shipment:orderId:shipmentId, so a shipment
 * told twice, even by two events, is posted once. The ERP knows the order by the OMS's order number.
 */
@Component
class ErpShipmentListener {

	static final String LISTENER_ID = "erpgateway.order-shipment";

	private final RecordPosting record;
	private final JsonMapper json;

	ErpShipmentListener(RecordPosting record, JsonMapper json) {
		this.record = record;
		this.json = json;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(OrderShipped shipped) {
		record.record(new RecordPostingCommand("SHIPMENT", salesOrderKey(shipped.orderId()),
				json.writeValueAsString(payload(shipped)), shipmentKey(shipped.orderId(), shipped.shipmentId())));
	}

	static String salesOrderKey(String orderId) {
		return "SO:" + orderId;
	}

	static String shipmentKey(String orderId, String shipmentId) {
		return "shipment:" + orderId + ":" + shipmentId;
	}

	private static ShipmentPayload payload(OrderShipped shipped) {
		return new ShipmentPayload(shipped.externalOrderId(), null, shipped.orderId(), shipped.channel(),
				shipped.customer(), shipped.shipmentId(), shipped.warehouse(), shipped.dispatchedAt(),
				shipped.lines().stream()
					.map(line -> MovementLinePayload.of(Integer.toString(line.lineNumber()), line.sku(), line.quantity()))
					.toList());
	}

	/** The SHIPMENT payload the ERP adapters read: orderNumber, remainder and lines; the rest is for file ERPs. */
	record ShipmentPayload(String orderNumber, @Nullable String remainder, String orderId, String channel,
			String customer, String shipmentId, String warehouse, Instant dispatchedAt,
			List<MovementLinePayload> lines) {
	}
}

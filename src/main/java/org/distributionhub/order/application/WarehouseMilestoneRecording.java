package org.distributionhub.order.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Dispatch;
import org.distributionhub.order.domain.Pick;
import org.distributionhub.order.domain.WarehouseLine;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.RecordWarehouseMilestone;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the warehouse's picks and dispatches to the locked order, then publishes what follows from them. */
@Service
class WarehouseMilestoneRecording implements RecordWarehouseMilestone {

	private static final Logger log = LoggerFactory.getLogger(WarehouseMilestoneRecording.class);

	private final CustomerOrders orders;
	private final OrderPublications publications;
	private final Clock clock;

	WarehouseMilestoneRecording(CustomerOrders orders, OrderPublications publications, Clock clock) {
		this.orders = orders;
		this.publications = publications;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void pick(PickCommand command) {
		CustomerOrder order = load(command.orderId());
		if (order.confirmPick(new Pick(command.warehouseEventId(), lines(command.lines()), command.pickedAt()),
				OrderClock.now(clock))) {
			orders.update(order);
			publications.outcomes(order);
		}
		else {
			log.info("Pick {} of order {} is known already; nothing changes", command.warehouseEventId(),
					command.orderId());
		}
	}

	@Override
	@Transactional
	public void dispatch(DispatchCommand command) {
		CustomerOrder order = load(command.orderId());
		var dispatch = new Dispatch(command.warehouseEventId(), command.shipmentId(), lines(command.lines()),
				command.carrier(), command.trackingNumber(), command.dispatchedAt());
		if (!order.dispatch(dispatch, OrderClock.now(clock))) {
			log.info("Shipment {} of order {} is known already; nothing changes", command.shipmentId(),
					command.orderId());
			return;
		}
		orders.update(order);
		publications.outcomes(order);
		order.snapshot().shipments().stream()
			.filter(it -> it.shipmentId().equals(command.shipmentId()) && it.held() && it.hold() != null)
			.forEach(it -> log.info("Shipment {} of order {} is held: {}", it.shipmentId(), command.orderId(),
					it.hold().reason()));
	}

	private CustomerOrder load(String orderId) {
		return orders.findForUpdate(OrderClock.id(orderId)).orElseThrow(() -> new OrderNotFound(orderId));
	}

	private static List<WarehouseLine> lines(List<MilestoneLine> lines) {
		return lines.stream().map(it -> new WarehouseLine(it.lineNumber(), it.sku(), it.quantity())).toList();
	}
}

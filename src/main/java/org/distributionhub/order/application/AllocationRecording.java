package org.distributionhub.order.application;

import java.time.Clock;
import java.util.List;

import org.distributionhub.order.domain.AllocationDecision;
import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Refusal;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.RecordAllocation;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies Inventory's allocation answers to the locked order, then publishes what follows from them. */
@Service
class AllocationRecording implements RecordAllocation {

	private final CustomerOrders orders;
	private final OrderPublications publications;
	private final Clock clock;

	AllocationRecording(CustomerOrders orders, OrderPublications publications, Clock clock) {
		this.orders = orders;
		this.publications = publications;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(AllocationCommand command) {
		CustomerOrder order = orders.findForUpdate(OrderClock.id(command.orderId()))
			.orElseThrow(() -> new OrderNotFound(command.orderId()));
		List<AllocationDecision> decisions = command.lines().stream().map(AllocationRecording::decision).toList();
		if (order.recordAllocation(decisions, OrderClock.now(clock))) {
			orders.update(order);
			publications.outcomes(order);
		}
	}

	private static AllocationDecision decision(LineDecision line) {
		return line.map(
				it -> AllocationDecision.reserved(it.lineNumber(), it.sku(), it.reserved(), it.allocationVersion()),
				it -> AllocationDecision.backordered(it.lineNumber(), it.sku(), it.reserved(), it.backordered(),
						it.promiseDate(), it.allocationVersion()),
				it -> AllocationDecision.refused(it.lineNumber(), it.sku(), new Refusal(it.reason(), it.message()),
						it.allocationVersion()));
	}
}

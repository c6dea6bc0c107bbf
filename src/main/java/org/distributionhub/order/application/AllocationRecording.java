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
		switch (line.status()) {
			case "RESERVED":
				return AllocationDecision.reserved(line.lineNumber(), line.sku(), required(line.reserved(), line),
						line.allocationVersion());
			case "BACKORDERED":
				return AllocationDecision.backordered(line.lineNumber(), line.sku(), required(line.reserved(), line),
						required(line.backordered(), line), line.promiseDate(), line.allocationVersion());
			case "REFUSED":
				return AllocationDecision.refused(line.lineNumber(), line.sku(),
						new Refusal(String.valueOf(line.refusalReason()), String.valueOf(line.refusalMessage())),
						line.allocationVersion());
			default:
				throw new IllegalArgumentException("Unknown allocation status " + line.status());
		}
	}

	private static <T> T required(T value, LineDecision line) {
		if (value == null) {
			throw new IllegalArgumentException("The decision on line " + line.lineNumber() + " names no quantity");
		}
		return value;
	}
}

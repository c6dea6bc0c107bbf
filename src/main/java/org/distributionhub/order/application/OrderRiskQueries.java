package org.distributionhub.order.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.distributionhub.order.api.FindOrdersAtRisk;
import org.distributionhub.order.ports.out.OrdersAtRisk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the operations cockpit's questions about orders; asks for many orders' worth in chunks. */
@Service
@Transactional(readOnly = true)
class OrderRiskQueries implements FindOrdersAtRisk {

	static final int CHUNK = 1000;

	private final OrdersAtRisk orders;

	OrderRiskQueries(OrdersAtRisk orders) {
		this.orders = orders;
	}

	@Override
	public List<OrderAtRisk> needingAttention(Instant placedBefore, int limit) {
		return orders.needingAttention(placedBefore, Math.max(1, limit));
	}

	@Override
	public List<OrderWorth> worth(Collection<String> orderIds) {
		List<String> ids = orderIds.stream().distinct().toList();
		var found = new ArrayList<OrderWorth>(ids.size());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			found.addAll(orders.worth(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
		}
		return found;
	}

	@Override
	public List<OpenOrders> openAt(String warehouse, int sample) {
		return orders.openAt(warehouse, Math.max(0, sample));
	}
}

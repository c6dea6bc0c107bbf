package org.distributionhub.inventory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.distributionhub.order.events.AllocationRefused;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.shared.IntegrationEvent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The allocation decisions inventory told the order module, once their transaction committed. Not a scanned
 * component: a test registers it as a bean of its own hub.
 */
public class RecordedAllocations {

	private final List<IntegrationEvent> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener(fallbackExecution = true)
	void on(StockReserved reserved) {
		events.add(reserved);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StockBackordered backordered) {
		events.add(backordered);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AllocationRefused refused) {
		events.add(refused);
	}

	public <T extends IntegrationEvent> List<T> of(Class<T> type, String orderId) {
		return events.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter(it -> orderId.equals(orderIdOf(it)))
			.toList();
	}

	private static String orderIdOf(IntegrationEvent event) {
		if (event instanceof StockReserved reserved) {
			return reserved.orderId();
		}
		if (event instanceof StockBackordered backordered) {
			return backordered.orderId();
		}
		return ((AllocationRefused) event).orderId();
	}
}

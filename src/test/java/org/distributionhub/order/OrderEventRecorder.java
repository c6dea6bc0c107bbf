package org.distributionhub.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.distributionhub.order.events.OrderPlaced;
import org.distributionhub.shared.IntegrationEvent;
import org.springframework.context.event.EventListener;

/** Keeps every Order module event published while a test runs, as it is published (before commit). */
public class OrderEventRecorder {

	private static final String ORDER_EVENTS = OrderPlaced.class.getPackageName();

	private final List<IntegrationEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(IntegrationEvent event) {
		if (event.getClass().getPackageName().equals(ORDER_EVENTS)) {
			events.add(event);
		}
	}

	public <T> List<T> of(Class<T> type, Predicate<T> filter) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(filter).toList();
	}
}

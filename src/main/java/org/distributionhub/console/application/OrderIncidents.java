package org.distributionhub.console.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.order.api.FindOrdersAtRisk;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderAtRisk;
import org.springframework.stereotype.Component;

/**
 * Orders: a held dispatch flagged past its limit, a dispatch held back, an order needing attention (a refused line,
 * a line no inbound covers) or waiting for its allocation longer than hub.operations.allocation-overdue-after. Each
 * puts the order itself at risk.
 */
@Component
class OrderIncidents implements IncidentSource {

	private final FindOrdersAtRisk orders;
	private final OperationsProperties settings;

	OrderIncidents(FindOrdersAtRisk orders, OperationsProperties settings) {
		this.orders = orders;
		this.settings = settings;
	}

	@Override
	public List<IncidentDraft> drafts(Instant now) {
		return orders.needingAttention(now.minus(settings.allocationOverdueAfter()), settings.maxPerKind())
			.stream()
			.map(OrderIncidents::draft)
			.toList();
	}

	private static IncidentDraft draft(OrderAtRisk order) {
		String id = order.worth().orderId();
		Instant held = order.heldSince();
		IncidentKind kind = order.flagged() ? IncidentKind.ORDER_FLAGGED
				: held != null ? IncidentKind.DISPATCH_HELD : IncidentKind.ORDER_STUCK;
		Instant since = held != null ? held : order.state().equals("PLACED") ? order.placedAt() : order.updatedAt();
		String waiting = order.waitingFor() == null ? "" : ", waiting for " + order.waitingFor();
		return IncidentDraft.of(kind, id, since, "Order " + id + " " + order.state() + waiting,
				"/console/orders/" + id).aboutOrders(List.of(id));
	}
}

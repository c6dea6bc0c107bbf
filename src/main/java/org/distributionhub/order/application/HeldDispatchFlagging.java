package org.distributionhub.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.ports.in.FlagHeldDispatches;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags dispatches held longer than hub.order.held-dispatch-limit: each order in a short transaction of its own,
 * with a warning in the log; the order then needs attention in the console.
 */
@Service
class HeldDispatchFlagging implements FlagHeldDispatches {

	private static final Logger log = LoggerFactory.getLogger(HeldDispatchFlagging.class);

	static final int BATCH = 100;

	private final CustomerOrders orders;
	private final TransactionTemplate transactions;
	private final Duration limit;
	private final Clock clock;

	HeldDispatchFlagging(CustomerOrders orders, TransactionTemplate transactions, OrderProperties properties,
			Clock clock) {
		this.orders = orders;
		this.transactions = transactions;
		this.limit = properties.heldDispatchLimit();
		this.clock = clock;
	}

	@Override
	public int flagDue() {
		Instant now = OrderClock.now(clock);
		int flagged = 0;
		List<OrderId> due;
		do {
			due = orders.holdingUnflaggedSince(now.minus(limit), BATCH);
			for (OrderId id : due) {
				flagged += transactions.execute(status -> flag(id, now));
			}
		}
		while (due.size() == BATCH);
		return flagged;
	}

	private int flag(OrderId id, Instant now) {
		CustomerOrder order = orders.findForUpdate(id).orElse(null);
		if (order == null) {
			return 0;
		}
		List<String> flagged = order.flagHeldDispatches(now, limit);
		if (!flagged.isEmpty()) {
			orders.update(order);
			log.warn("Order {}: shipment(s) {} held for more than {} and flagged; waiting for {}", id,
					String.join(", ", flagged), limit.toString().substring(2).toLowerCase(Locale.ROOT),
					order.waitingFor());
		}
		return flagged.size();
	}
}

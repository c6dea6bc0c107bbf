package org.distributionhub.order.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.OrderContent;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderRuleViolation;
import org.distributionhub.order.ports.in.CancelOrder;
import org.distributionhub.order.ports.in.ChangeOrder;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.OrderConflict;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.OrderReceipt;
import org.distributionhub.order.ports.in.OrderReceipt.Outcome;
import org.distributionhub.order.ports.in.OrderRejected;
import org.distributionhub.order.ports.in.PlaceOrder;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes orders in from channels: place, change, cancel, each in one transaction that stores the order and publishes
 * its event (one commit per request). Two requests for the same new order race on its key: the loser runs again and
 * finds the winner's order. A change that names no invoicing policy keeps the order's.
 */
@Service
class OrderIntakeService implements PlaceOrder, ChangeOrder, CancelOrder {

	private static final int ATTEMPTS = 3;

	private final CustomerOrders orders;
	private final OrderPublications publications;
	private final OrderProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	OrderIntakeService(CustomerOrders orders, OrderPublications publications, OrderProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.orders = orders;
		this.publications = publications;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public OrderReceipt place(OrderCommand command) {
		OrderContent content = OrderCommandCheck.content(command, properties);
		OrderId id = OrderId.of(command.channel(), command.externalOrderId());
		return inTransaction(() -> {
			// A new order is stored without a read first; only an id taken already is read, to compare.
			CustomerOrder order = CustomerOrder.place(id, content, OrderClock.now(clock));
			if (orders.insertIfAbsent(order)) {
				publications.placed(order);
				return new OrderReceipt(Outcome.CREATED, OrderViews.view(order));
			}
			CustomerOrder known = orders.find(id).orElseThrow(() -> new OrderNotFound(id.value()));
			if (!known.content().equals(content)) {
				throw new OrderConflict("Order " + id + " was placed with other content; send a change with PUT "
						+ "/api/v1/orders/" + id);
			}
			return new OrderReceipt(Outcome.UNCHANGED, OrderViews.view(known));
		});
	}

	@Override
	public OrderReceipt change(String orderId, OrderCommand command) {
		OrderId id = OrderClock.id(orderId);
		List<OrderRejected.Problem> mismatch = new ArrayList<>();
		if (!id.channel().equals(command.channel())) {
			mismatch.add(new OrderRejected.Problem("channel", "must be " + id.channel() + ", as in the order id"));
		}
		if (!id.externalOrderId().equals(command.externalOrderId())) {
			mismatch.add(new OrderRejected.Problem("externalOrderId",
					"must be " + id.externalOrderId() + ", as in the order id"));
		}
		if (!mismatch.isEmpty()) {
			throw new OrderRejected(mismatch);
		}
		OrderContent checked = OrderCommandCheck.content(command, properties);
		return inTransaction(() -> {
			CustomerOrder order = orders.findForUpdate(id).orElseThrow(() -> new OrderNotFound(orderId));
			OrderContent content = command.invoicing() == null || command.invoicing().isBlank()
					? new OrderContent(checked.customer(), checked.warehouse(), order.content().invoicing(),
							checked.lines())
					: checked;
			if (!obey(() -> order.change(content, OrderClock.now(clock)))) {
				return new OrderReceipt(Outcome.UNCHANGED, OrderViews.view(order));
			}
			orders.update(order);
			publications.changed(order);
			return new OrderReceipt(Outcome.CHANGED, OrderViews.view(order));
		});
	}

	@Override
	public OrderReceipt cancel(String orderId, String reason) {
		OrderId id = OrderClock.id(orderId);
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw OrderRejected.at("reason", "must be 1 to 500 characters");
		}
		return inTransaction(() -> {
			CustomerOrder order = orders.findForUpdate(id).orElseThrow(() -> new OrderNotFound(orderId));
			if (!obey(() -> order.cancel(reason.strip(), OrderClock.now(clock)))) {
				return new OrderReceipt(Outcome.UNCHANGED, OrderViews.view(order));
			}
			orders.update(order);
			publications.cancelled(order);
			return new OrderReceipt(Outcome.CANCELLED, OrderViews.view(order));
		});
	}

	private static boolean obey(Supplier<Boolean> rule) {
		try {
			return rule.get();
		}
		catch (OrderRuleViolation e) {
			throw new OrderConflict(e.getMessage());
		}
	}

	private OrderReceipt inTransaction(Supplier<OrderReceipt> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> work.get());
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}
}

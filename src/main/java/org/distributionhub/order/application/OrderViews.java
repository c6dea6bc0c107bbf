package org.distributionhub.order.application;

import java.math.BigDecimal;
import java.util.List;

import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.domain.Allocation;
import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Hold;
import org.distributionhub.order.domain.OrderLineSnapshot;
import org.distributionhub.order.domain.OrderSnapshot;
import org.distributionhub.order.domain.ShipmentSnapshot;
import org.distributionhub.order.ports.in.OrderView;
import org.distributionhub.order.ports.out.PromiseChanges;
import org.distributionhub.shared.Quantity;

/** Shows an order: to the intake API as an {@link OrderView}, to the console as {@link FindOrders.OrderDetail}. */
final class OrderViews {

	static final String DISPATCH = "DISPATCH";

	private OrderViews() {
	}

	static OrderView view(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		return new OrderView(s.id().value(), s.id().channel(), s.id().externalOrderId(), s.customer(), s.warehouse(),
				s.invoicing().name(), s.revision(), order.state().name(), order.waitingFor(), order.promiseDate(),
				s.placedAt(), s.updatedAt(), s.cancelledAt(), s.cancelReason(),
				s.lines().stream().map(line -> line(line, order.isCancelled())).toList(),
				s.shipments().stream().filter(ShipmentSnapshot::held).map(OrderViews::heldStep).toList(),
				s.shipments().stream().map(OrderViews::shipment).toList());
	}

	static FindOrders.OrderDetail detail(CustomerOrder order, List<PromiseChanges.Entry> promiseChanges) {
		OrderSnapshot s = order.snapshot();
		var summary = new FindOrders.OrderSummary(s.id().value(), s.id().channel(), s.id().externalOrderId(),
				s.customer(), s.warehouse(), order.state().name(), s.placedAt(), s.updatedAt(),
				order.content().lines().size(), order.promiseDate(), order.waitingFor(), order.flagged());
		return new FindOrders.OrderDetail(summary,
				s.lines().stream().map(line -> lineDetail(line, order.isCancelled())).toList(),
				s.shipments().stream()
					.filter(ShipmentSnapshot::held)
					.map(it -> new FindOrders.HeldStep(DISPATCH, it.shipmentId(), reason(it), it.receivedAt(),
							it.flaggedAt() != null))
					.toList(),
				promiseChanges.stream().map(OrderViews::promiseChange).toList());
	}

	static FindOrders.PromiseChange promiseChange(PromiseChanges.Entry e) {
		return new FindOrders.PromiseChange(e.orderId(), e.lineNumber(), e.sku(),
				e.previousStatus() == null ? null : e.previousStatus().name(), e.previousPromiseDate(),
				e.status().name(), e.promiseDate(), e.changedAt());
	}

	private static OrderView.LineView line(OrderLineSnapshot l, boolean orderCancelled) {
		var price = l.unitPrice();
		return new OrderView.LineView(l.lineNumber(), l.sku().code(), plain(l.ordered()), l.ordered().unit().code(),
				price == null ? null : price.amount().toPlainString(),
				price == null ? null : price.currency().getCurrencyCode(), allocation(l, orderCancelled),
				plain(l.reserved()), plain(l.backordered()), l.promiseDate(),
				l.refusal() == null ? null : l.refusal().message(), plain(l.picked()), plain(l.shipped()));
	}

	private static FindOrders.LineDetail lineDetail(OrderLineSnapshot l, boolean orderCancelled) {
		return new FindOrders.LineDetail(l.lineNumber(), l.sku().code(), l.ordered().toString(),
				l.reserved().toString(), l.backordered().toString(), l.promiseDate(), allocation(l, orderCancelled),
				l.refusal() == null ? null : l.refusal().message(), l.picked().toString(), l.shipped().toString());
	}

	private static OrderView.HeldStepView heldStep(ShipmentSnapshot s) {
		return new OrderView.HeldStepView(DISPATCH, s.shipmentId(), reason(s), s.receivedAt(), s.flaggedAt());
	}

	private static OrderView.ShipmentView shipment(ShipmentSnapshot s) {
		return new OrderView.ShipmentView(s.shipmentId(), s.held() ? "HELD" : "RELEASED",
				s.held() ? reason(s) : null, s.dispatchedAt(), s.receivedAt(), s.releasedAt(), s.flaggedAt(),
				s.carrier(), s.trackingNumber(), s.invoiceReference(),
				s.lines().stream()
					.map(it -> new OrderView.ShipmentLineView(it.lineNumber(), it.sku().code(), plain(it.quantity()),
							it.quantity().unit().code()))
					.toList());
	}

	private static String allocation(OrderLineSnapshot line, boolean orderCancelled) {
		return (orderCancelled ? Allocation.CANCELLED : line.allocation()).name();
	}

	private static String reason(ShipmentSnapshot s) {
		Hold hold = s.hold();
		return hold == null ? "waiting for its check" : hold.reason();
	}

	/** The amount without exponent (10, not 1E+1), so JSON shows it as written. */
	private static BigDecimal plain(Quantity quantity) {
		return new BigDecimal(quantity.amount().toPlainString());
	}
}

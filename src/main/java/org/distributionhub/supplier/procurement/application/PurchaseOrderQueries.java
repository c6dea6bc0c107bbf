package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import org.distributionhub.supplier.api.FindPurchaseOrders;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one purchase order with its lines as the console shows it: state, value and what the supplier said. */
@Service
class PurchaseOrderQueries implements FindPurchaseOrders {

	private final PurchaseOrders orders;
	private final Clock clock;

	PurchaseOrderQueries(PurchaseOrders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PurchaseOrderView> purchaseOrder(String supplierId, String poNumber) {
		return orders.find(new PurchaseOrderId(supplierId, poNumber)).map(this::view);
	}

	private PurchaseOrderView view(PurchaseOrder order) {
		String state = order.acknowledgedAt() != null ? "ACKNOWLEDGED"
				: order.acknowledgementDueAt().isAfter(clock.instant()) ? "AWAITING" : "OVERDUE";
		BigDecimal value = null;
		boolean everyLinePriced = true;
		for (PurchaseOrderLine line : order.lines()) {
			var price = line.state().unitPrice() != null ? line.state().unitPrice() : line.unitPrice();
			if (price == null) {
				everyLinePriced = false;
			}
			else {
				BigDecimal amount = line.ordered().amount().multiply(price.amount());
				value = value == null ? amount : value.add(amount);
			}
		}
		return new PurchaseOrderView(order.id().supplierId(), order.id().poNumber(), order.revision(),
				order.orderDate(), order.shipTo(), order.currency(), state, order.acknowledgedAt(),
				order.acknowledgementDueAt(), order.functionalAckStatus(), plain(value), everyLinePriced,
				order.lines().stream().map(PurchaseOrderQueries::line).toList());
	}

	private static LineView line(PurchaseOrderLine line) {
		var state = line.state();
		return new LineView(line.lineNumber(), line.sku().code(), plain(line.ordered().amount()),
				line.ordered().unit().code(), line.unitPrice() == null ? null : plain(line.unitPrice().amount()),
				line.requestedDate(), state.acknowledged(),
				state.statuses().stream().map(Enum::name).sorted().toList(),
				state.schedule().stream()
					.map(delivery -> new ScheduledDelivery(plain(delivery.quantity().amount()), delivery.date()))
					.toList(),
				plain(state.rejected().amount()), plain(state.cancelled().amount()),
				state.unitPrice() == null ? null : plain(state.unitPrice().amount()),
				state.substitute() == null ? null : state.substitute().code(), state.reason());
	}

	/** Without trailing zeros and never in exponent form (100, not 1E+2). */
	private static @Nullable BigDecimal plain(@Nullable BigDecimal amount) {
		return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
	}
}

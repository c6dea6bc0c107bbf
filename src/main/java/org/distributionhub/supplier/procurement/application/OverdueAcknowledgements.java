package org.distributionhub.supplier.procurement.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.api.FindOverdueAcknowledgements;
import org.distributionhub.supplier.events.AcknowledgementOverdue;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.ports.in.ReportOverdueAcknowledgements;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds purchase orders past their acknowledgement due time, lists them and reports each once. */
@Service
class OverdueAcknowledgements implements ReportOverdueAcknowledgements, FindOverdueAcknowledgements {

	private final PurchaseOrders orders;
	private final SupplierEvents events;
	private final Clock clock;

	OverdueAcknowledgements(PurchaseOrders orders, SupplierEvents events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int reportDue() {
		Instant now = clock.instant();
		int reported = 0;
		for (PurchaseOrderId id : orders.findOverdue(now, 500)) {
			PurchaseOrder order = orders.findForUpdate(id).orElse(null);
			if (order != null && order.reportOverdue(now)) {
				orders.update(order, now);
				events.publish(new AcknowledgementOverdue(UUID.randomUUID(), Correlation.current(), id.supplierId(),
						id.poNumber(), order.revision(), order.acknowledgementDueAt()));
				reported++;
			}
		}
		return reported;
	}

	@Override
	public List<OverdueView> overdue(int limit) {
		return orders.findUnacknowledgedPastDue(clock.instant(), limit).stream().map(OverdueAcknowledgements::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<OverdueView> overdue(int page, int size) {
		Instant now = clock.instant();
		var items = orders.findUnacknowledgedPastDue(now, (long) page * size, size).stream()
			.map(OverdueAcknowledgements::view)
			.toList();
		return new PageOf<>(items, page, size, orders.countUnacknowledgedPastDue(now));
	}

	private static OverdueView view(PurchaseOrders.UnacknowledgedOrder order) {
		return new OverdueView(order.id().supplierId(), order.id().poNumber(), order.revision(), order.dueAt(),
				order.overdueReported(), order.functionalAckStatus());
	}
}

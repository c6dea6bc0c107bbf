package org.distributionhub.inventory.application;

import java.util.Comparator;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Schedule;
import org.distributionhub.inventory.ports.in.RescheduleInbound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces acknowledged lines' schedules, locking the lines in line number order. */
@Service
class InboundRescheduler implements RescheduleInbound {

	private final ExpectationStore store;

	InboundRescheduler(ExpectationStore store) {
		this.store = store;
	}

	@Override
	@Transactional
	public int reschedule(RescheduleInboundCommand command) {
		int changed = 0;
		var lines = command.lines().stream().sorted(Comparator.comparing(RescheduleInboundCommand.Line::lineNumber));
		for (var line : lines.toList()) {
			var inbound = store.lock(new PurchaseOrderLine(command.supplierId(), command.poNumber(), line.lineNumber()),
					line.sku(), command.location());
			var before = inbound.snapshot();
			var schedule = Schedule.of(line.schedule().stream().map(it -> new Delivery(it.quantity(), it.date())).toList());
			changed += store.store(inbound, before, inbound.reschedule(schedule, line.delivered()),
					command.correlationId());
		}
		return changed;
	}
}

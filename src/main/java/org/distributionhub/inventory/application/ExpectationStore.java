package org.distributionhub.inventory.application;

import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.ExpectationChange;
import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.ExpectedInboundSnapshot;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Schedule;
import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.events.InboundExpectationChanged.Expected;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every use case does once a fact was applied to a line: lock the line first (adding it if unknown), store it
 * if its state changed, and publish {@link InboundExpectationChanged} if it now expects something else.
 */
@Component
class ExpectationStore {

	private final ExpectedInbounds inbounds;
	private final ApplicationEventPublisher events;

	ExpectationStore(ExpectedInbounds inbounds, ApplicationEventPublisher events) {
		this.inbounds = inbounds;
		this.events = events;
	}

	/**
	 * The line, locked for this transaction; added with nothing expected if it was unknown. A known line is only
	 * locked; an unknown one is added (waiting for a transaction that adds it now) and then locked.
	 */
	ExpectedInbound lock(PurchaseOrderLine line, Sku sku, String location) {
		return inbounds.lock(line).orElseGet(() -> {
			inbounds.addIfAbsent(ExpectedInbound.unknown(line, sku, location));
			return inbounds.lock(line).orElseThrow(
					() -> new IllegalStateException("Expected inbound " + line + " vanished while locking it"));
		});
	}

	/** Stores the line if {@code change} changed its state and returns 1 if it published the change, else 0. */
	int store(ExpectedInbound inbound, ExpectedInboundSnapshot before, ExpectationChange change,
			CorrelationId correlationId) {
		if (!inbound.snapshot().equals(before)) {
			inbounds.save(inbound, before);
		}
		if (!change.isEffective()) {
			return 0;
		}
		events.publishEvent(eventOf(change, correlationId));
		return 1;
	}

	/**
	 * As {@link #store(ExpectedInbound, ExpectedInboundSnapshot, ExpectationChange, CorrelationId)} for a fact that
	 * changed several SKUs' expectations (a substitution); returns how many changes it published.
	 */
	int store(ExpectedInbound inbound, ExpectedInboundSnapshot before, List<ExpectationChange> changes,
			CorrelationId correlationId) {
		if (!inbound.snapshot().equals(before)) {
			inbounds.save(inbound, before);
		}
		int published = 0;
		for (ExpectationChange change : changes) {
			if (change.isEffective()) {
				events.publishEvent(eventOf(change, correlationId));
				published++;
			}
		}
		return published;
	}

	static InboundExpectationChanged eventOf(ExpectationChange change, CorrelationId correlationId) {
		var line = change.line();
		return new InboundExpectationChanged(UUID.randomUUID(), correlationId, change.sku(), change.location(),
				line.supplierId(), line.poNumber(), line.lineNumber(), expected(change.before()),
				expected(change.after()), change.cause().name());
	}

	private static List<Expected> expected(Schedule schedule) {
		return schedule.deliveries().stream().map(ExpectationStore::expected).toList();
	}

	private static Expected expected(Delivery delivery) {
		return new Expected(delivery.quantity(), delivery.date());
	}
}

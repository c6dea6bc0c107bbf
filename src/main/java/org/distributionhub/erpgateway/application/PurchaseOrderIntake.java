package org.distributionhub.erpgateway.application;

import java.util.Optional;
import java.util.UUID;

import org.distributionhub.erpgateway.domain.ReleasedOrderRevision;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.TakeInOutcome.Result;
import org.distributionhub.erpgateway.ports.out.ReleasedOrderRevisions;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an order read from the ERP as PurchaseOrderReleased when its content is new or changed, with the next
 * revision, in the caller's transaction (the poller stores its watermark in the same one). An order that cannot be
 * mapped is refused with the reason, kept in erp_po_revision and logged.
 */
@Service
class PurchaseOrderIntake implements TakeInPurchaseOrder {

	private static final Logger LOG = LoggerFactory.getLogger(PurchaseOrderIntake.class);

	private final ReleasedOrderRevisions revisions;
	private final ApplicationEventPublisher events;
	private final ReleasedOrderMapping mapping;

	PurchaseOrderIntake(ReleasedOrderRevisions revisions, ApplicationEventPublisher events,
			PurchaseOrderProperties properties) {
		this.revisions = revisions;
		this.events = events;
		this.mapping = new ReleasedOrderMapping(properties);
	}

	@Override
	@Transactional
	public TakeInOutcome takeIn(ReleasedPurchaseOrderCommand order) {
		ReleasedOrderMapping.Release release;
		try {
			release = mapping.map(order);
		}
		catch (ReleasedOrderMapping.Refusal refusal) {
			String reason = "Purchase order " + order.poNumber() + " from " + order.source() + " not taken in: "
					+ refusal.getMessage();
			LOG.warn(reason);
			revisions.refused(order.poNumber(), order.source(), reason);
			return new TakeInOutcome(Result.REFUSED, 0, reason);
		}
		var previous = revisions.find(order.poNumber());
		Optional<ReleasedOrderRevision> next = previous.isEmpty()
				? Optional.of(ReleasedOrderRevision.first(order.poNumber(), release.digest()))
				: previous.get().revise(release.digest());
		if (next.isEmpty()) {
			return new TakeInOutcome(Result.UNCHANGED, previous.get().revision(), null);
		}
		var revision = next.get();
		events.publishEvent(new PurchaseOrderReleased(UUID.randomUUID(), Correlation.current(), release.supplierId(),
				order.poNumber(), revision.revision(), release.orderDate(), release.shipTo(), release.currency(),
				release.lines(), order.source()));
		revisions.published(revision, order.source());
		LOG.info("Purchase order {} revision {} from {} published", order.poNumber(), revision.revision(),
				order.source());
		return new TakeInOutcome(Result.PUBLISHED, revision.revision(), null);
	}
}

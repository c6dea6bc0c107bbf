package org.distributionhub.console.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.console.domain.ImpactTally;
import org.distributionhub.console.ports.in.IncidentKind;
import org.jspecify.annotations.Nullable;

/**
 * An incident before its impact is known: the purchase orders whose pegged customer orders it puts at risk, the
 * customer orders it names directly, and an impact already summed up elsewhere (a warehouse's open orders).
 */
record IncidentDraft(IncidentKind kind, String businessKey, Instant since, String summary, String link,
		List<PurchaseOrderRef> purchaseOrders, List<String> orders, @Nullable ImpactTally tally) {

	/** A purchase order by supplier (null: any supplier) and number. */
	record PurchaseOrderRef(@Nullable String supplierId, String poNumber) {
	}

	static IncidentDraft of(IncidentKind kind, String businessKey, Instant since, String summary, String link) {
		return new IncidentDraft(kind, businessKey, since, summary, link, List.of(), List.of(), null);
	}

	IncidentDraft aboutPurchaseOrder(@Nullable String supplierId, String poNumber) {
		return new IncidentDraft(kind, businessKey, since, summary, link,
				List.of(new PurchaseOrderRef(supplierId, poNumber)), orders, tally);
	}

	IncidentDraft aboutOrders(List<String> orderIds) {
		return new IncidentDraft(kind, businessKey, since, summary, link, purchaseOrders, List.copyOf(orderIds), tally);
	}

	IncidentDraft withTally(ImpactTally summedUp) {
		return new IncidentDraft(kind, businessKey, since, summary, link, purchaseOrders, orders, summedUp);
	}
}

package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Purchase orders by number or by the flow (correlation id) that issued them, for a business object's timeline. */
public interface FindPurchaseOrderFlows {

	/** The purchase orders of this number, one per supplier that has one. */
	List<PurchaseOrderFlow> byNumber(String poNumber);

	/** The purchase orders issued in the flow of this correlation id. */
	List<PurchaseOrderFlow> byCorrelation(String correlationId);

	/** A purchase order's identity, its current revision, when it was taken in and acknowledged, and its flow. */
	record PurchaseOrderFlow(String supplierId, String poNumber, int revision, Instant createdAt,
			@Nullable Instant acknowledgedAt, @Nullable String functionalAckStatus, @Nullable String correlationId) {
	}
}

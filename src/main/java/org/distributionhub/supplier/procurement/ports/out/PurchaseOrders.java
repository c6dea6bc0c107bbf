package org.distributionhub.supplier.procurement.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows.PurchaseOrderFlow;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.jspecify.annotations.Nullable;

/** Stored purchase orders with their lines and what suppliers said of them. */
public interface PurchaseOrders {

	/** Loads an order and locks it until the transaction ends, so two acknowledgements apply one after the other. */
	Optional<PurchaseOrder> findForUpdate(PurchaseOrderId id);

	Optional<PurchaseOrder> find(PurchaseOrderId id);

	void insert(PurchaseOrder order, Instant now);

	void update(PurchaseOrder order, Instant now);

	/** Remembers which outbound group (X12 GS06) carried the order, to match the partner's 997 to it. */
	void recordDispatchGroup(PurchaseOrderId id, long groupControlNumber);

	List<PurchaseOrderId> findByDispatchGroup(String supplierId, long groupControlNumber);

	/** The correlation id of the flow that issued the order, if it recorded one. */
	Optional<CorrelationId> correlationOf(PurchaseOrderId id);

	/** Orders of this number (one per supplier), or issued in the flow of this correlation id. */
	List<PurchaseOrderFlow> flows(@Nullable String poNumber, @Nullable String correlationId);

	/** Orders not acknowledged by their due time and not yet reported, oldest due first. */
	List<PurchaseOrderId> findOverdue(Instant now, int limit);

	/** Orders past their due time and still not acknowledged, reported or not, oldest due first. */
	List<UnacknowledgedOrder> findUnacknowledgedPastDue(Instant now, int limit);

	/** One page of the orders past their due time and still not acknowledged, oldest due first. */
	List<UnacknowledgedOrder> findUnacknowledgedPastDue(Instant now, long offset, int limit);

	long countUnacknowledgedPastDue(Instant now);

	/** An order waiting for its acknowledgement: what the console lists, without its lines. */
	record UnacknowledgedOrder(PurchaseOrderId id, int revision, Instant dueAt, boolean overdueReported,
			@Nullable String functionalAckStatus) {
	}
}

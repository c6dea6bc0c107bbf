package org.distributionhub.supplier.procurement.application;

import java.util.List;

import org.distributionhub.supplier.api.FindPurchaseOrderFlows;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds purchase orders by number or by the flow that issued them. */
@Service
@Transactional(readOnly = true)
class PurchaseOrderFlowQueries implements FindPurchaseOrderFlows {

	private final PurchaseOrders orders;

	PurchaseOrderFlowQueries(PurchaseOrders orders) {
		this.orders = orders;
	}

	@Override
	public List<PurchaseOrderFlow> byNumber(String poNumber) {
		return orders.flows(poNumber, null);
	}

	@Override
	public List<PurchaseOrderFlow> byCorrelation(String correlationId) {
		return orders.flows(null, correlationId);
	}
}

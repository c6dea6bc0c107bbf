package org.distributionhub.supplier.procurement.adapters.in.events;

import org.distributionhub.shared.WaitingForPrerequisite;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.distributionhub.supplier.partners.api.UnknownSupplierException;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes in the purchase orders the ERP gateway read from the ERP, exactly as if the ERP had posted them to the
 * API. An order for a supplier that is not set up (or not active) waits for it: the delivery stays visible as waiting
 * in the console's deliveries, is tried again on the waiting schedule and goes through once the supplier is onboarded;
 * a wait past its deadline is an incident on the dashboard.
 */
@Component
class ReleasedPurchaseOrderListener {

	private final IssuePurchaseOrder issue;

	ReleasedPurchaseOrderListener(IssuePurchaseOrder issue) {
		this.issue = issue;
	}

	@ApplicationModuleListener(id = "supplier.purchase-order-intake")
	void on(PurchaseOrderReleased event) {
		try {
			issueOrder(event);
		}
		catch (UnknownSupplierException notSetUp) {
			throw new WaitingForPrerequisite("supplier " + event.supplierId() + " to be set up and active",
					"Purchase order " + event.poNumber() + " waits for supplier " + event.supplierId()
							+ " to be set up and active in the hub");
		}
	}

	private void issueOrder(PurchaseOrderReleased event) {
		issue.issue(new IssuePurchaseOrderCommand(event.supplierId(), event.poNumber(), event.revision(),
				event.orderDate(), event.shipTo(), event.currency(),
				event.lines().stream().map(line -> new IssuePurchaseOrderCommand.Line(line.lineNumber(),
						line.sku().code(), line.quantity().amount(), line.quantity().unit().code(),
						line.unitPrice() == null ? null : line.unitPrice().amount(), line.requestedDate())).toList()));
	}
}

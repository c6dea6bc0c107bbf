package org.distributionhub.supplier.procurement.application;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;

/** A purchase order as its supplier must receive it: in its part numbers, and in its units where they divide. */
final class OutboundOrders {

	private OutboundOrders() {
	}

	static OutboundPurchaseOrder of(PurchaseOrder order, PartnerProfile profile) {
		return new OutboundPurchaseOrder(profile.supplierId(), order.id().poNumber(), order.revision(),
				order.orderDate(), order.shipTo(), order.currency(),
				order.lines().stream().map(line -> line(line, profile)).toList());
	}

	private static OutboundPurchaseOrder.Line line(PurchaseOrderLine line, PartnerProfile profile) {
		ItemMapping mapping = profile.items().stream().filter(item -> item.sku().equals(line.sku())).findFirst()
				.orElse(null);
		var quantity = line.ordered().amount();
		String unit = line.ordered().unit().code();
		if (mapping != null && !mapping.supplierUnit().equals(mapping.ourUnit())
				&& mapping.ourUnit().equals(line.ordered().unit())
				&& quantity.remainder(mapping.factor()).signum() == 0) {
			quantity = quantity.divide(mapping.factor());
			unit = mapping.supplierUnit().code();
		}
		return new OutboundPurchaseOrder.Line(line.lineNumber(), line.sku().code(),
				mapping != null ? mapping.supplierPart() : null, quantity, unit,
				line.unitPrice() != null ? line.unitPrice().amount() : null, line.requestedDate());
	}
}

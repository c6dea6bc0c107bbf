package org.distributionhub.supplier.adapters.out.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.domain.EdiIdentity;
import org.distributionhub.supplier.ports.out.Addressing;
import org.distributionhub.supplier.ports.out.OutboundPurchaseOrder;
import org.distributionhub.supplier.ports.out.OutboundPurchaseOrder.Line;

/** A purchase order with one complete line and one without supplier part and price. */
final class PurchaseOrders {

	private PurchaseOrders() {
	}

	static OutboundPurchaseOrder twoLines(String currency) {
		return new OutboundPurchaseOrder("acme", "PO 4711/A", 2, LocalDate.of(2026, 3, 1), "DC-North", currency,
				List.of(new Line("10", "SKU-1", "V-100", new BigDecimal("100"), "EA", new BigDecimal("2.50"),
						LocalDate.of(2026, 3, 15)),
						new Line("20", "SKU-2", null, new BigDecimal("12.5"), "KG", null, LocalDate.of(2026, 3, 20))));
	}

	static Addressing addressing() {
		return new Addressing(new EdiIdentity("ZZ", "HUB", "HUB"), new EdiIdentity("ZZ", "ACME", "ACME"), 1, 1,
				OffsetDateTime.parse("2026-03-01T08:00:00Z"), false);
	}
}

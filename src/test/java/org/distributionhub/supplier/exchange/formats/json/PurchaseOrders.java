package org.distributionhub.supplier.exchange.formats.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder.Line;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.partners.api.EdiIdentity;

/** A purchase order with one complete line and one without supplier part and price. */
public final class PurchaseOrders {

	private PurchaseOrders() {
	}

	public static OutboundPurchaseOrder twoLines(String currency) {
		return new OutboundPurchaseOrder("acme", "PO 4711/A", 2, LocalDate.of(2026, 3, 1), "DC-North", currency,
				List.of(new Line("10", "SKU-1", "V-100", new BigDecimal("100"), "EA", new BigDecimal("2.50"),
						LocalDate.of(2026, 3, 15)),
						new Line("20", "SKU-2", null, new BigDecimal("12.5"), "KG", null, LocalDate.of(2026, 3, 20))));
	}

	public static Addressing addressing() {
		return new Addressing(new EdiIdentity("ZZ", "HUB", "HUB"), new EdiIdentity("ZZ", "ACME", "ACME"), 1, 1,
				OffsetDateTime.parse("2026-03-01T08:00:00Z"), false);
	}
}

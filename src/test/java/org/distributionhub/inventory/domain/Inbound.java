package org.distributionhub.inventory.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/** Short ways to write the quantities, dates and lines of the inventory domain tests. */
final class Inbound {

	static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	static final LocalDate MAY_11 = LocalDate.of(2027, 5, 11);
	static final LocalDate MAY_18 = LocalDate.of(2027, 5, 18);
	static final Sku SKU = new Sku("WIDGET-1");
	static final String DC = "DC-EAST";

	private Inbound() {
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	static Delivery on(long amount, @Nullable LocalDate date) {
		return new Delivery(ea(amount), date);
	}

	static PurchaseOrderLine line(String lineNumber) {
		return new PurchaseOrderLine("ACME", "PO-1", lineNumber);
	}

	/** Line 1 as revision 1 of PO-1 issued it: 100 EA on May 4. */
	static ExpectedInbound issued() {
		var inbound = ExpectedInbound.unknown(line("1"), SKU, DC);
		inbound.issue(1, SKU, DC, on(100, MAY_4));
		return inbound;
	}
}

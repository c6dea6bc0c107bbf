package org.distributionhub.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the warehouse expects from each line of one purchase order: open and in transit by date, and received. */
public interface FindPurchaseOrderInbound {

	/** The order's lines as Inventory knows them, by line number; empty when it has not heard of the order. */
	List<PurchaseOrderInboundLine> purchaseOrderInbound(String supplierId, String poNumber);

	/** A line at its location, with what is still to arrive per date (undated last) and what was received. */
	record PurchaseOrderInboundLine(String lineNumber, String sku, String location, int revision,
			boolean acknowledged, List<InboundDate> dates, List<ReceivedQuantity> received) {

		public PurchaseOrderInboundLine {
			dates = List.copyOf(dates);
			received = List.copyOf(received);
		}
	}

	/** Open: planned, not shipped; in transit: shipped, not received. A null date is an undated backorder. */
	record InboundDate(@Nullable LocalDate date, String unit, BigDecimal open, BigDecimal inTransit) {
	}

	record ReceivedQuantity(String unit, BigDecimal quantity) {
	}
}

package org.distributionhub.erpgateway.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Takes in a purchase order the ERP released or changed: publishes it as PurchaseOrderReleased with the next revision
 * when its content differs from the last one published, and nothing when it is the same.
 */
public interface TakeInPurchaseOrder {

	TakeInOutcome takeIn(ReleasedPurchaseOrderCommand command);

	/**
	 * The order as read from {@code source}: the supplier by our id, or by the ERP's partner code or id (mapped with
	 * hub.erp.purchase-orders.suppliers, else the code taken as our id); units by the ERP's name or an X12 code.
	 */
	record ReleasedPurchaseOrderCommand(String source, String poNumber, @Nullable String supplierId,
			@Nullable String partnerCode, @Nullable String partnerId, @Nullable LocalDate orderDate,
			@Nullable String shipTo, @Nullable String currency, List<Line> lines) {

		public ReleasedPurchaseOrderCommand {
			lines = List.copyOf(lines);
		}
	}

	record Line(String lineNumber, @Nullable String sku, @Nullable BigDecimal quantity, @Nullable String unit,
			@Nullable BigDecimal unitPrice, @Nullable LocalDate requestedDate) {
	}

	/** PUBLISHED with the revision published, UNCHANGED with the current one, or REFUSED with the reason. */
	record TakeInOutcome(Result result, int revision, @Nullable String reason) {

		public enum Result {
			PUBLISHED, UNCHANGED, REFUSED
		}
	}
}

package org.distributionhub.supplier.procurement.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A purchase order is known by its supplier and the ERP's PO number. */
@ValueObject
public record PurchaseOrderId(String supplierId, String poNumber) {

	public PurchaseOrderId {
		if (supplierId == null || supplierId.isBlank()) {
			throw new IllegalArgumentException("A purchase order needs a supplier");
		}
		if (!isPoNumber(poNumber)) {
			throw new IllegalArgumentException("A PO number is 1 to 40 characters");
		}
		poNumber = poNumber.strip();
	}

	/** Whether a partner's text can name a purchase order at all (1 to 40 characters once stripped). */
	public static boolean isPoNumber(@Nullable String poNumber) {
		return poNumber != null && !poNumber.isBlank() && poNumber.strip().length() <= 40;
	}
}

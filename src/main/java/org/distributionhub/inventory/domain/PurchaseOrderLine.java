package org.distributionhub.inventory.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** One line of a supplier's purchase order: what an expected inbound is known by. */
@ValueObject
public record PurchaseOrderLine(String supplierId, String poNumber, String lineNumber)
		implements Comparable<PurchaseOrderLine> {

	public PurchaseOrderLine {
		if (supplierId.isBlank() || poNumber.isBlank() || lineNumber.isBlank()) {
			throw new IllegalArgumentException("A purchase order line needs a supplier, a PO number and a line number");
		}
	}

	@Override
	public int compareTo(PurchaseOrderLine other) {
		int bySupplier = supplierId.compareTo(other.supplierId);
		if (bySupplier != 0) {
			return bySupplier;
		}
		int byOrder = poNumber.compareTo(other.poNumber);
		return byOrder != 0 ? byOrder : lineNumber.compareTo(other.lineNumber);
	}

	@Override
	public String toString() {
		return supplierId + "/" + poNumber + "/" + lineNumber;
	}
}

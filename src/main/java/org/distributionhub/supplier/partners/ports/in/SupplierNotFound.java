package org.distributionhub.supplier.partners.ports.in;

/** No supplier (or none of its API keys) has the id asked for. */
public class SupplierNotFound extends RuntimeException {

	public SupplierNotFound(String message) {
		super(message);
	}

	public static SupplierNotFound supplier(String supplierId) {
		return new SupplierNotFound("No supplier " + supplierId);
	}
}

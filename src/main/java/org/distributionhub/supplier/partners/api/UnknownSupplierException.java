package org.distributionhub.supplier.partners.api;

/** The supplier named in a request is not set up, or not active. */
public class UnknownSupplierException extends RuntimeException {

	public UnknownSupplierException(String supplierId) {
		super("Supplier " + supplierId + " is not known or not active");
	}
}

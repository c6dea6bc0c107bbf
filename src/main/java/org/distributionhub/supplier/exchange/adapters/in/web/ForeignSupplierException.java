package org.distributionhub.supplier.exchange.adapters.in.web;

/** A partner's key was used for another supplier's data or documents. */
class ForeignSupplierException extends RuntimeException {

	ForeignSupplierException(String authenticated, String requested) {
		super("The API key of supplier " + authenticated + " cannot be used for supplier " + requested);
	}
}

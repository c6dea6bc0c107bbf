package org.distributionhub.supplier.exchange.api;

/** A document cannot be put in our terms yet (unknown item, PO, unit or code): it is parked, not refused. */
public class MappingFailure extends Exception {

	public MappingFailure(String message) {
		super(message);
	}
}

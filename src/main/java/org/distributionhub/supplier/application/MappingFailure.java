package org.distributionhub.supplier.application;

/** A document cannot be put in our terms yet (unknown item, PO, unit or code): it is parked, not refused. */
class MappingFailure extends Exception {

	MappingFailure(String message) {
		super(message);
	}
}

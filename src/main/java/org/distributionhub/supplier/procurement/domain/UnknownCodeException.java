package org.distributionhub.supplier.procurement.domain;

/** A partner used a code that neither its code list nor its profile's code map knows. */
public class UnknownCodeException extends RuntimeException {

	public UnknownCodeException(String message) {
		super(message);
	}
}

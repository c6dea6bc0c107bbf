package org.distributionhub.supplier.procurement.domain;

/**
 * What one line status code says: the status of the quantity it carries (or of the whole line when it carries
 * none), and what it qualifies on the line when it carries no quantity (X12 DR a date, IP a price, IS a
 * substitute, IQ a quantity given elsewhere).
 */
public record StatusMeaning(LineStatus status, Qualifier qualifier) {

	static StatusMeaning of(LineStatus status) {
		return new StatusMeaning(status, Qualifier.NONE);
	}

	/** What a status code changes on a line besides its status. */
	public enum Qualifier {
		NONE, DATE, PRICE, QUANTITY, SUBSTITUTION
	}
}

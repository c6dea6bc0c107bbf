package org.distributionhub.supplier.procurement.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why an invoice does not match, for machines ({@code code}: PRICE_OVER_TOLERANCE, QUANTITY_OVER_RECEIVED,
 * NO_RECEIPT_YET, PO_UNKNOWN, UNIT_MISMATCH, TOTAL_OVER_TOLERANCE, STATED_TOTAL_MISMATCH, CHARGES_OVER_TOLERANCE,
 * CREDIT_OVER_INVOICED, CURRENCY_MISMATCH, NO_PO_PRICE, LINE_NOT_ON_PO) and for people ({@code reason}).
 */
@ValueObject
public record Hold(String code, String reason) {

	public static final String PRICE_OVER_TOLERANCE = "PRICE_OVER_TOLERANCE";
	public static final String QUANTITY_OVER_RECEIVED = "QUANTITY_OVER_RECEIVED";
	public static final String NO_RECEIPT_YET = "NO_RECEIPT_YET";
	public static final String PO_UNKNOWN = "PO_UNKNOWN";
	public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
	public static final String TOTAL_OVER_TOLERANCE = "TOTAL_OVER_TOLERANCE";
	public static final String STATED_TOTAL_MISMATCH = "STATED_TOTAL_MISMATCH";
	public static final String CHARGES_OVER_TOLERANCE = "CHARGES_OVER_TOLERANCE";
	public static final String CREDIT_OVER_INVOICED = "CREDIT_OVER_INVOICED";
	public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
	public static final String NO_PO_PRICE = "NO_PO_PRICE";
	public static final String LINE_NOT_ON_PO = "LINE_NOT_ON_PO";
}

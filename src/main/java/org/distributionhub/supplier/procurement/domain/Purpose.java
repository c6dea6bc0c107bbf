package org.distributionhub.supplier.procurement.domain;

/**
 * Why an acknowledgement was sent (X12 BAK01, EDIFACT BGM 1225). An original or a replacement speaks for the whole
 * order, a change only for the lines it lists, a duplicate never changes anything, a cancellation withdraws the
 * order.
 */
public enum Purpose {

	ORIGINAL, CHANGE, REPLACE, DUPLICATE, CANCELLATION;

	public boolean speaksForWholeOrder() {
		return this == ORIGINAL || this == REPLACE;
	}
}

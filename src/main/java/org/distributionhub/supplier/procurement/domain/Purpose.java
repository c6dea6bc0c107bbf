package org.distributionhub.supplier.procurement.domain;

/**
 * Why an acknowledgement was sent (X12 BAK01, EDIFACT BGM 1225). An original (X12 00, 06 confirmation, 11 response
 * to the order) or a replacement (05, 18 reissue) speaks for the whole order, a change (04, 19 seller-initiated)
 * only for the lines it lists, a duplicate (07) never changes anything, a cancellation (01) withdraws the order.
 */
public enum Purpose {

	ORIGINAL, CHANGE, REPLACE, DUPLICATE, CANCELLATION;

	public boolean speaksForWholeOrder() {
		return this == ORIGINAL || this == REPLACE;
	}
}

package org.distributionhub.supplier.partners.api;

/**
 * What happens to the part of a line a supplier confirms less of (ACK*IQ*60 on 100) without saying what becomes of
 * the rest: cancel it, or keep it as an undated backorder.
 */
public enum RemainderPolicy {

	CANCEL, BACKORDER
}

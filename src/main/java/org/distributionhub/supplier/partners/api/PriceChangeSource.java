package org.distributionhub.supplier.partners.api;

/**
 * Where a supplier's X12 855 carries the new price of a line it acknowledges with a price change (ACK01 IP), as its
 * implementation guide says: in a CTP segment of the line (CTP03), in PO104, or in CTP when there is one and PO104
 * otherwise (the default).
 */
public enum PriceChangeSource {

	CTP_OR_PO104, CTP, PO104
}

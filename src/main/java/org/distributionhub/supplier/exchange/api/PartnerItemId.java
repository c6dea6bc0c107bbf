package org.distributionhub.supplier.exchange.api;

/**
 * An item identifier as a partner sent it, with its X12 qualifier: BP buyer's part (our SKU), VP or VN vendor's
 * part, UP UPC, EN EAN/GTIN, SK SKU, IN buyer's item number. EDIFACT and JSON identifiers are given the nearest
 * X12 qualifier.
 */
public record PartnerItemId(String qualifier, String value) {
}

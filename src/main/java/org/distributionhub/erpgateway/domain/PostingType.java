package org.distributionhub.erpgateway.domain;

import java.util.Arrays;

/** What a posting tells the ERP; each adapter maps it to its own document or endpoint. */
public enum PostingType {

	PO_ACKNOWLEDGEMENT_UPDATE, GOODS_RECEIPT, SHIPMENT, CUSTOMER_INVOICE, VENDOR_BILL;

	/** The type of this name, refusing an unknown one with the names it knows. */
	public static PostingType named(String name) {
		return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown posting type '%s'; known: %s".formatted(name, Arrays.toString(values()))));
	}

	/** The type for people: "customer invoice". */
	public String describe() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}

package org.distributionhub.erpgateway.domain;

import java.util.List;

/**
 * No invoice before its shipment: an invoice is recorded only once the shipment postings of every shipment it bills
 * are, so it comes after them in its order's sequence, and the ERP gets the shipments first.
 */
public final class InvoiceAfterShipmentsRule {

	private InvoiceAfterShipmentsRule() {
	}

	/** The postings the invoice waits for: the shipment posting of each shipment it bills. */
	public static List<Prerequisite> prerequisitesOf(CustomerInvoice invoice) {
		String orderId = invoice.orderId();
		if (orderId == null) {
			throw new IllegalArgumentException("An invoice waits for the shipments of its order, but names no order");
		}
		return invoice.shipmentIds().stream()
			.map(shipment -> new Prerequisite(PostingKeys.shipment(orderId, shipment),
					"the shipment posting of " + shipment))
			.toList();
	}
}

package org.distributionhub.console.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.api.FindPartnerMessages.MessageRow;

/**
 * What a searched key was recognised as, from what each module found under it; more than one when the key is
 * ambiguous (a number that is both a PO number and an interchange control number, say).
 */
record Recognition(String key, Set<String> eventKinds, boolean purchaseOrder, boolean order,
		boolean issuedPurchaseOrders, Collection<MessageRow> messages) {

	static final String PURCHASE_ORDER = "purchase order";
	static final String ORDER = "customer order";
	static final String SKU = "SKU";
	static final String PARTNER_MESSAGE = "partner message";
	static final String CONTROL_NUMBER = "interchange control number";
	static final String CORRELATION = "correlation id";

	List<String> kinds() {
		var kinds = new ArrayList<String>();
		if (purchaseOrder || eventKinds.contains("PURCHASE_ORDER")) {
			kinds.add(PURCHASE_ORDER);
		}
		if (order || eventKinds.contains("ORDER")) {
			kinds.add(ORDER);
		}
		if (eventKinds.contains("SKU")) {
			kinds.add(SKU);
		}
		if (eventKinds.contains("PARTNER_MESSAGE")
				|| messages.stream().anyMatch(message -> message.id().toString().equals(key))) {
			kinds.add(PARTNER_MESSAGE);
		}
		if (!kinds.contains(PURCHASE_ORDER) && messages.stream()
			.anyMatch(message -> !message.id().toString().equals(key) && !key.equals(message.correlationId()))) {
			kinds.add(CONTROL_NUMBER);
		}
		if (issuedPurchaseOrders || eventKinds.contains("CORRELATION")
				|| messages.stream().anyMatch(message -> key.equals(message.correlationId()))) {
			kinds.add(CORRELATION);
		}
		return kinds;
	}
}

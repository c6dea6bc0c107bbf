package org.distributionhub.supplier.exchange.adapters.in.web;

/** A partner sent more than the largest message its policy (or hub.supplier.max-message-size) allows. */
class PayloadTooLargeException extends RuntimeException {

	PayloadTooLargeException(String supplierId, long limit) {
		super("The message is larger than the limit of " + limit + " bytes of supplier " + supplierId
				+ "'s policy (hub.supplier.max-message-size where the policy sets none)");
	}
}

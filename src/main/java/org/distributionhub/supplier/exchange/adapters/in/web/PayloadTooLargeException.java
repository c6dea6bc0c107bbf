package org.distributionhub.supplier.exchange.adapters.in.web;

/** A partner sent more than the configured largest message. */
class PayloadTooLargeException extends RuntimeException {

	PayloadTooLargeException(long limit) {
		super("The message is larger than the limit of " + limit + " bytes (hub.supplier.max-message-size)");
	}
}

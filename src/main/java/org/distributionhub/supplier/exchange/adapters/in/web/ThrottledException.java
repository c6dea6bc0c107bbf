package org.distributionhub.supplier.exchange.adapters.in.web;

/** A partner is over its request quota; it may try again after the given seconds. */
class ThrottledException extends RuntimeException {

	private final long retryAfterSeconds;

	ThrottledException(String supplierId, long retryAfterSeconds) {
		super("Supplier " + supplierId + " is over its request quota; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}

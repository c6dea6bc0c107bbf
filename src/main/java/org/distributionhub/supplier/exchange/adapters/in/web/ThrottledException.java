package org.distributionhub.supplier.exchange.adapters.in.web;

/** A partner is over the request quota of its policy; it may try again after the given seconds. */
class ThrottledException extends RuntimeException {

	private final long retryAfterSeconds;

	ThrottledException(String supplierId, int requestsPerSecond, long retryAfterSeconds) {
		super("Supplier " + supplierId + " is over its request quota of " + requestsPerSecond
				+ " per second; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}

package org.distributionhub.shared;

/**
 * The version of one business object's state that an event states: {@code object} names the object and the aspect
 * of it (for example {@code purchase-order-line:ACME/PO-1/1}), {@code version} grows with every change of that
 * state, so a listener can tell an older statement from a newer one whatever order deliveries arrive in.
 */
public record StateVersion(String object, long version) {

	public StateVersion {
		if (object.isBlank()) {
			throw new IllegalArgumentException("A state version names its object");
		}
	}
}

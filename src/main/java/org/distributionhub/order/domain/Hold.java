package org.distributionhub.order.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Why a dispatched shipment is held back from the ERP: what it waits for, and the reason in words. */
@ValueObject
public record Hold(Cause cause, String reason) {

	/** PICK: picks do not cover it yet; ALLOCATION: a line's allocation is not final; ORDER: the order disagrees. */
	public enum Cause {
		PICK, ALLOCATION, ORDER
	}
}

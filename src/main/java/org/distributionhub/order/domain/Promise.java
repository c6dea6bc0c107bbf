package org.distributionhub.order.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What the OMS is told of a line: its allocation state and, for a dated backorder, the promise date. */
@ValueObject
public record Promise(Allocation status, @Nullable LocalDate promiseDate) {

	public Promise {
		if (!status.isPromise()) {
			throw new IllegalArgumentException(status + " is no promise");
		}
	}
}

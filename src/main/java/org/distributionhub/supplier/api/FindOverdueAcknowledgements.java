package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.PageOf;
import org.jspecify.annotations.Nullable;

/** Purchase orders still waiting for their supplier's acknowledgement past their due time, oldest first. */
public interface FindOverdueAcknowledgements {

	List<OverdueView> overdue(int limit);

	/** One page of them, oldest due first, with how many there are. */
	PageOf<OverdueView> overdue(int page, int size);

	/** A purchase order still waiting for its acknowledgement past its due time. */
	record OverdueView(String supplierId, String poNumber, int revision, Instant dueAt, boolean reported,
			@Nullable String functionalAckStatus) {
	}
}

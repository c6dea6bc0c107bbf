package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The inventory feed runs taken in, newest first, for staff to see what each feed did. */
public interface FindInventoryFeedRuns {

	/** At most {@code limit} runs, of one warehouse if {@code warehouse} is not null. */
	List<InventoryFeedRunView> recent(@Nullable String warehouse, int limit);
}

package org.distributionhub.console.jobs.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.jobs.domain.ItemResult;
import org.distributionhub.console.jobs.domain.JobKind;

/**
 * One kind of bulk work over another module's single-item operation: which items a filter matches, what an item is,
 * and running one item. A refusal of the module is thrown, so the item's transaction rolls back and the job records
 * the refusal with the module's message.
 */
interface BulkWork {

	JobKind kind();

	/** Every item the filter matches, at most max of them, in the order the page lists them. */
	List<Target> resolve(Map<String, String> filter, int max);

	/** What a selected item is, for the job's item list. */
	String label(UUID itemId);

	ItemResult run(UUID itemId, String actor, String reason);

	/** An item to run and what it is. */
	record Target(UUID id, String label) {
	}
}

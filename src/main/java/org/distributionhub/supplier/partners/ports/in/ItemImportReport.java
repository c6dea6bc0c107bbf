package org.distributionhub.supplier.partners.ports.in;

import java.util.List;

/**
 * What an upload of item mappings did: rows read, mappings added, changed, unchanged and removed, rows refused with
 * their reasons, and the size of the cross-reference afterwards. {@code applied} is false when nothing was changed
 * because no row could be used.
 */
public record ItemImportReport(String supplierId, ItemImportMode mode, boolean applied, int rows, int added,
		int changed, int unchanged, int removed, int rejected, int total, List<RowProblem> problems) {

	public ItemImportReport {
		problems = List.copyOf(problems);
	}
}

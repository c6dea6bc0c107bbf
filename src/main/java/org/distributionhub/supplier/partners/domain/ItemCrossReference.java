package org.distributionhub.supplier.partners.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.partners.api.ItemMapping;

/**
 * Applies an upload of item mappings to a supplier's cross-reference. MERGE adds new part numbers and changes known
 * ones; REPLACE also drops every part number the upload does not name, except those in {@code keptParts} (rows
 * of the upload that were refused: a typo in one row must not delete the mapping it was meant to change).
 */
public final class ItemCrossReference {

	public enum Mode {
		MERGE, REPLACE
	}

	/** The cross-reference after an upload, with what the upload did to it. */
	public record Change(List<ItemMapping> items, int added, int changed, int unchanged, int removed) {

		public boolean changedAnything() {
			return added + changed + removed > 0;
		}
	}

	private ItemCrossReference() {
	}

	public static Change apply(List<ItemMapping> current, List<ItemMapping> upload, Mode mode, Set<String> keptParts) {
		var incoming = new LinkedHashMap<String, ItemMapping>();
		for (ItemMapping item : upload) {
			if (incoming.putIfAbsent(item.supplierPart(), item) != null) {
				throw new IllegalArgumentException("Supplier part " + item.supplierPart() + " appears twice in the upload");
			}
		}
		var result = new ArrayList<ItemMapping>(current.size() + incoming.size());
		int changed = 0;
		int unchanged = 0;
		int removed = 0;
		for (ItemMapping existing : current) {
			ItemMapping replacement = incoming.remove(existing.supplierPart());
			if (replacement != null) {
				result.add(replacement);
				if (existing.equals(replacement)) {
					unchanged++;
				}
				else {
					changed++;
				}
			}
			else if (mode == Mode.MERGE || keptParts.contains(existing.supplierPart())) {
				result.add(existing);
			}
			else {
				removed++;
			}
		}
		result.addAll(incoming.values());
		return new Change(List.copyOf(result), incoming.size(), changed, unchanged, removed);
	}
}

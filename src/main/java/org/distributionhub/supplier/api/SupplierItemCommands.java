package org.distributionhub.supplier.api;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A supplier's item cross-reference as an ADMIN keeps it in the console: pages with a search, an upload of the CSV
 * the admin API takes (reported row by row), and one mapping edited or removed. Mappings are checked by the admin
 * API's rules; a refused mapping is a {@link SupplierFormRejected} naming the fields of {@link ItemForm}. Every
 * change goes to the admin audit trail. An unknown supplier is an IllegalArgumentException.
 */
public interface SupplierItemCommands {

	/** One page of the mappings whose supplier part, SKU or GTIN contains the search text, by supplier part. */
	Optional<ItemsPage> items(String supplierId, String search, int page, int size);

	Optional<ItemForm> item(String supplierId, String supplierPart);

	/** Applies a CSV upload: merged, or replacing the whole cross-reference; bad rows are refused, good ones kept. */
	ItemUpload upload(String supplierId, byte[] csv, boolean replace, String actor);

	/** Adds or changes the mapping of the form's supplier part; true when it was added. */
	boolean save(String supplierId, ItemForm item, String actor);

	/** False when the supplier had no mapping for the part. */
	boolean remove(String supplierId, String supplierPart, String actor);

	/** One mapping as typed: units default to EA and the factor (our units in one supplier unit) to 1. */
	record ItemForm(@Nullable String supplierPart, @Nullable String sku, @Nullable String gtin,
			@Nullable String supplierUnit, @Nullable String ourUnit, @Nullable String factor) {
	}

	record ItemsPage(String supplierId, String search, int page, int size, long total, List<ItemForm> items) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public long pages() {
			return Math.max(1, (total + size - 1) / size);
		}
	}

	/**
	 * What an upload did. {@code applied} false: nothing changed, because the file could not be read
	 * ({@code fileProblems}) or no row could be used.
	 */
	record ItemUpload(boolean applied, String mode, int rows, int added, int changed, int unchanged, int removed,
			int refused, int total, List<RefusedRow> refusedRows, List<String> fileProblems) {
	}

	/** Why a row was refused: its line in the file, the column at fault if one is, the supplier part if known. */
	record RefusedRow(int line, @Nullable String column, @Nullable String supplierPart, String message) {
	}
}

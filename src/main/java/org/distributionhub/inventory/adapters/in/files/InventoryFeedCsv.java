package org.distributionhub.inventory.adapters.in.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.FeedRow;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads an inventory feed in CSV (or tab, semicolon or pipe separated): a header with at least a SKU column (sku,
 * sku_id) and a quantity column (quantity, quantity_available, qty, qty_available, on_hand), optionally unit (unit,
 * uom) and warehouse. Other columns (a backorder quantity or date, a description) are ignored and named as such.
 */
public final class InventoryFeedCsv {

	private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

	static {
		ALIASES.put("sku", List.of("sku", "sku_id"));
		ALIASES.put("quantity", List.of("quantity", "quantity_available", "qty", "qty_available", "on_hand"));
		ALIASES.put("unit", List.of("unit", "uom"));
		ALIASES.put("warehouse", List.of("warehouse"));
	}

	/** The rows to apply, the rows that could not be split into fields, and the header columns not used. */
	public record Parsed(List<FeedRow> rows, List<FeedRowProblem> unreadable, List<String> ignoredColumns) {

		public Parsed {
			rows = List.copyOf(rows);
			unreadable = List.copyOf(unreadable);
			ignoredColumns = List.copyOf(ignoredColumns);
		}
	}

	private InventoryFeedCsv() {
	}

	/** Reads the feed; throws {@link DelimitedText.NotReadable} when it has no usable header. */
	public static Parsed read(byte[] content) {
		var table = DelimitedText.read(content);
		Map<String, Integer> index = new LinkedHashMap<>();
		var ignored = new ArrayList<String>();
		for (int i = 0; i < table.header().size(); i++) {
			String name = table.header().get(i);
			String field = field(name);
			if (field == null) {
				if (!name.isEmpty()) {
					ignored.add(table.names().get(i).strip());
				}
				continue;
			}
			Integer earlier = index.putIfAbsent(field, i);
			if (earlier != null) {
				throw new DelimitedText.NotReadable("Columns '" + table.names().get(earlier).strip() + "' and '"
						+ table.names().get(i).strip() + "' both give the " + field + "; keep one of them");
			}
		}
		for (String required : List.of("sku", "quantity")) {
			if (!index.containsKey(required)) {
				throw new DelimitedText.NotReadable("The header has no " + required + " column (one of "
						+ String.join(", ", ALIASES.get(required)) + "); it names: "
						+ String.join(", ", table.names()));
			}
		}
		var rows = new ArrayList<FeedRow>();
		var unreadable = new ArrayList<FeedRowProblem>();
		for (var row : table.rows()) {
			if (row.values().size() > table.header().size()) {
				unreadable.add(new FeedRowProblem(row.line(), "sku", row.values().size() + " values where the header "
						+ "has " + table.header().size() + " columns (a value holding the separator needs quotes)"));
				continue;
			}
			rows.add(new FeedRow(row.line(), value(row, index.get("warehouse")), value(row, index.get("sku")),
					value(row, index.get("quantity")), value(row, index.get("unit"))));
		}
		return new Parsed(rows, unreadable, ignored);
	}

	private static @Nullable String field(String column) {
		for (var alias : ALIASES.entrySet()) {
			if (alias.getValue().contains(column)) {
				return alias.getKey();
			}
		}
		return null;
	}

	private static @Nullable String value(DelimitedText.Row row, @Nullable Integer column) {
		if (column == null || column >= row.values().size() || row.values().get(column).isEmpty()) {
			return null;
		}
		return row.values().get(column);
	}
}

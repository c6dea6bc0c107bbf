package org.distributionhub.supplier.exchange.formats.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The header row of an acknowledgement file: where each known column is. Names are matched after trimming, in any
 * case, with spaces or hyphens read as underscores ({@code " Retailer PO"} is {@code retailer_po}); columns may come
 * in any order; unknown columns are ignored.
 */
final class CsvHeader {

	static final String PO = "retailer_po";

	static final String SKU = "sku_id";

	static final String ACCEPTED = "quantity_accepted";

	static final String REJECTED = "quantity_rejected";

	static final String BACKORDERED = "quantity_backordered";

	static final String BACKORDER_DATE = "backorder_date";

	static final String SUPPLIER_PO = "supplier_po";

	static final String NOTES = "notes";

	static final String ACKNOWLEDGED_AT = "acknowledged_at";

	static final List<String> QUANTITIES = List.of(ACCEPTED, REJECTED, BACKORDERED);

	static final List<String> KNOWN = List.of(PO, SKU, ACCEPTED, REJECTED, BACKORDERED, BACKORDER_DATE, SUPPLIER_PO,
			NOTES, ACKNOWLEDGED_AT);

	private final Map<String, Integer> positions;

	private final int width;

	private CsvHeader(Map<String, Integer> positions, int width) {
		this.positions = Map.copyOf(positions);
		this.width = width;
	}

	static CsvHeader of(CsvRecords.Record header) throws Refused {
		var positions = new HashMap<String, Integer>();
		for (int i = 0; i < header.values().size(); i++) {
			String name = normalised(header.values().get(i));
			if (KNOWN.contains(name) && positions.putIfAbsent(name, i) != null) {
				throw new Refused("row " + header.line(), "names column " + name + " twice");
			}
		}
		for (String required : List.of(PO, SKU)) {
			if (!positions.containsKey(required)) {
				throw new Refused("row " + header.line(), "has no column " + required
						+ "; the first row must name the columns, such as " + String.join(",", KNOWN.subList(0, 8)));
			}
		}
		if (QUANTITIES.stream().noneMatch(positions::containsKey)) {
			throw new Refused("row " + header.line(), "has none of the columns " + String.join(", ", QUANTITIES));
		}
		return new CsvHeader(positions, header.values().size());
	}

	int width() {
		return width;
	}

	boolean has(String column) {
		return positions.containsKey(column);
	}

	/** The value of a known column in a record, trimmed; null when the column is absent or the cell empty. */
	@Nullable String value(CsvRecords.Record record, String column) {
		Integer position = positions.get(column);
		if (position == null || position >= record.values().size()) {
			return null;
		}
		String value = record.values().get(position).strip();
		return value.isEmpty() ? null : value;
	}

	static String normalised(String name) {
		return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
	}
}

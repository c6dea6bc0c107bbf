package org.distributionhub.supplier.partners.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.ItemMapping;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.jspecify.annotations.Nullable;

/**
 * Checks one item row field by field. Problems name the field as the JSON API does (supplierPart); CSV reports
 * turn them into column names (supplier_part).
 */
final class ItemRows {

	private static final BigDecimal MAX_FACTOR = new BigDecimal("1000000000");

	private ItemRows() {
	}

	/** A problem with one field of a row. */
	record Problem(String field, String message) {

		String column() {
			return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** The mapping, or the problems that stop the row from being one. */
	record Checked(@Nullable ItemMapping mapping, List<Problem> problems) {
	}

	static Checked check(ItemRow row) {
		var problems = new ArrayList<Problem>();
		String part = trim(row.supplierPart());
		if (part == null || part.length() > 64) {
			problems.add(new Problem("supplierPart", "A supplier part number is 1 to 64 characters"));
		}
		Sku sku = attempt("sku", () -> new Sku(Objects.requireNonNullElse(row.sku(), "")), problems);
		String gtin = trim(row.gtin());
		if (gtin != null && !gtin.matches("\\d{8}|\\d{12,14}")) {
			problems.add(new Problem("gtin", "A GTIN is 8, 12, 13 or 14 digits: '" + gtin + "' is not"));
		}
		UnitOfMeasure supplierUnit = unit("supplierUnit", row.supplierUnit(), problems);
		UnitOfMeasure ourUnit = unit("ourUnit", row.ourUnit(), problems);
		BigDecimal factor = factor(row.factor(), problems);
		if (!problems.isEmpty() || part == null || sku == null || supplierUnit == null || ourUnit == null
				|| factor == null) {
			return new Checked(null, problems);
		}
		return new Checked(new ItemMapping(part, sku, gtin, supplierUnit, ourUnit, factor), problems);
	}

	private static @Nullable UnitOfMeasure unit(String field, @Nullable String value, List<Problem> problems) {
		String code = trim(value);
		return code == null ? UnitOfMeasure.EACH : attempt(field, () -> new UnitOfMeasure(code), problems);
	}

	private static @Nullable BigDecimal factor(@Nullable String value, List<Problem> problems) {
		String text = trim(value);
		if (text == null) {
			return BigDecimal.ONE;
		}
		try {
			var factor = new BigDecimal(text);
			if (factor.signum() <= 0 || factor.compareTo(MAX_FACTOR) >= 0 || factor.stripTrailingZeros().scale() > 6) {
				problems.add(new Problem("factor",
						"A unit conversion factor is more than 0, below 1000000000, with at most 6 decimals: " + text));
				return null;
			}
			return factor;
		}
		catch (NumberFormatException e) {
			problems.add(new Problem("factor", "'" + text + "' is not a number (write 12 or 0.5)"));
			return null;
		}
	}

	private static <T> @Nullable T attempt(String field, java.util.function.Supplier<T> check, List<Problem> problems) {
		try {
			return check.get();
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(field, Objects.requireNonNullElse(e.getMessage(), "is not valid")));
			return null;
		}
	}

	private static @Nullable String trim(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

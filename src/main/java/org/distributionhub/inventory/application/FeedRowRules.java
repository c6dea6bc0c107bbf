package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.FeedRow;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/** Reads one inventory feed row: the SKU and the on hand it states, or the problem of the column at fault. */
final class FeedRowRules {


	private FeedRowRules() {
	}

	/** A good row: the on hand of a SKU, in the unit the SKU is kept in if the row names none. */
	record StatedRow(int row, Sku sku, BigDecimal amount, @Nullable UnitOfMeasure unit) {

		Quantity onHand(Function<Sku, UnitOfMeasure> units) {
			return new Quantity(amount, unit != null ? unit : units.apply(sku));
		}
	}

	/** The stated row, or else the problem (exactly one of the two is not null). */
	record Read(@Nullable StatedRow stated, @Nullable FeedRowProblem problem) {
	}

	static Read read(FeedRow row, String warehouse) {
		String rowWarehouse = text(row.warehouse());
		if (rowWarehouse != null && !rowWarehouse.equals(warehouse)) {
			return problem(row, "warehouse", "the feed is for warehouse " + warehouse + ", this row for "
					+ rowWarehouse + "; send each warehouse in a feed of its own");
		}
		String skuText = text(row.sku());
		if (skuText == null) {
			return problem(row, "sku", "is missing");
		}
		Sku sku;
		try {
			sku = new Sku(skuText);
		}
		catch (IllegalArgumentException invalid) {
			return problem(row, "sku", invalid.getMessage());
		}
		String quantityText = text(row.quantity());
		if (quantityText == null) {
			return problem(row, "quantity", "is missing");
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(quantityText);
		}
		catch (NumberFormatException notANumber) {
			return problem(row, "quantity", "'" + quantityText + "' is not a number");
		}
		if (amount.signum() < 0) {
			return problem(row, "quantity", "must not be negative, was " + quantityText);
		}
		amount = WarehouseEventRules.plain(amount);
		String tooLong = DecimalLimit.STOCK_QUANTITY.problem(amount);
		if (tooLong != null) {
			return problem(row, "quantity", tooLong);
		}
		String unitText = text(row.unit());
		UnitOfMeasure unit;
		try {
			unit = unitText == null ? null : new UnitOfMeasure(unitText.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException invalid) {
			return problem(row, "unit", invalid.getMessage());
		}
		return new Read(new StatedRow(row.row(), sku, amount, unit), null);
	}

	/** The column a refusal of the stock positions is about, from what it says. */
	static String columnOf(IllegalArgumentException refused) {
		String message = String.valueOf(refused.getMessage()).toLowerCase(Locale.ROOT);
		for (String column : List.of("unit", "warehouse", "quantity")) {
			if (message.contains(column) || (column.equals("unit") && message.contains("kept in"))) {
				return column;
			}
		}
		return "sku";
	}

	private static Read problem(FeedRow row, String column, String message) {
		return new Read(null, new FeedRowProblem(row.row(), column, message));
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.distributionhub.inventory.application.FeedRowRules.StatedRow;
import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies one feed's good rows to the stock positions in chunks of {@value #CHUNK}, each chunk in one transaction
 * and in SKU order; a chunk the positions refuse is applied again row by row, so only the refused rows are lost.
 * Every on hand that changed publishes {@link StockAdjusted}. Counts what it applied, left unchanged and zeroed.
 */
final class FeedApplier {

	static final int CHUNK = 200;
	private static final int PROGRESS_EVERY = 10 * CHUNK;
	private static final Logger log = LoggerFactory.getLogger(FeedApplier.class);

	/** Whether a FULL feed left the unlisted SKUs alone, and a note on why or on the SKUs that refused zero. */
	record Zeroing(boolean skipped, @Nullable String note) {
	}

	/** What the stock and the events need, the same for every feed. */
	record Outlets(MoveStock stock, ApplicationEventPublisher events, TransactionOperations transactions,
			Clock clock) {
	}

	private final Outlets outlets;
	private final CorrelationId correlationId;
	private final String warehouse;
	private final String source;
	private final String reference;
	private final Function<Sku, UnitOfMeasure> units;
	int applied;
	int unchanged;
	int zeroed;
	final List<FeedRowProblem> rejected = new ArrayList<>();

	FeedApplier(Outlets outlets, CorrelationId correlationId, String warehouse, FeedMode mode, String reference,
			Function<Sku, UnitOfMeasure> units) {
		this.outlets = outlets;
		this.correlationId = correlationId;
		this.warehouse = warehouse;
		this.source = "FEED_" + mode.name();
		this.reference = reference;
		this.units = units;
	}

	void applyRows(List<StatedRow> rows) {
		String reason = source.equals("FEED_FULL") ? "full inventory feed" : "delta inventory feed";
		for (int from = 0; from < rows.size(); from += CHUNK) {
			var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK))
				.stream()
				.sorted(Comparator.comparing(it -> it.sku().code()))
				.toList();
			inChunk(chunk, row -> set(row.sku(), row.onHand(units), reference + "#" + row.row(), reason),
					(row, refused) -> rejected.add(new FeedRowProblem(row.row(), FeedRowRules.columnOf(refused),
							String.valueOf(refused.getMessage()))),
					true);
			int done = Math.min(rows.size(), from + CHUNK);
			if (done % PROGRESS_EVERY == 0 && done < rows.size()) {
				log.info("Inventory feed {} ({} {}): {} of {} rows applied", reference, source, warehouse, done,
						rows.size());
			}
		}
	}

	/** Sets the warehouse's stocked SKUs the feed did not list to zero, unless a row was rejected or none listed. */
	Zeroing zeroUnlisted(List<StatedRow> listed) {
		if (!rejected.isEmpty()) {
			return new Zeroing(true, "Unlisted SKUs were not set to zero: " + rejected.size() + " row(s) were "
					+ "rejected, and a SKU on one of them would have been zeroed wrongly; send the corrected full feed "
					+ "again");
		}
		if (listed.isEmpty()) {
			return new Zeroing(true, "Unlisted SKUs were not set to zero: the full feed lists no SKU (an empty "
					+ "export would wipe the warehouse)");
		}
		Set<Sku> named = new HashSet<>();
		listed.forEach(it -> named.add(it.sku()));
		var unlisted = outlets.stock()
			.stockedSkus(warehouse)
			.stream()
			.filter(it -> !named.contains(it))
			.sorted(Comparator.comparing(Sku::code))
			.toList();
		var refusals = new ArrayList<String>();
		for (int from = 0; from < unlisted.size(); from += CHUNK) {
			inChunk(unlisted.subList(from, Math.min(unlisted.size(), from + CHUNK)),
					sku -> set(sku, new Quantity(BigDecimal.ZERO, units.apply(sku)), reference + "#unlisted",
							"not listed in full inventory feed"),
					(sku, refused) -> refusals.add(sku + " (" + refused.getMessage() + ")"), false);
		}
		return new Zeroing(false, refusals.isEmpty() ? null
				: "Unlisted SKUs not set to zero because their stock refused it: " + String.join("; ", refusals));
	}

	/**
	 * Applies the items in one transaction, or one by one if the positions refuse one of them; counts those that
	 * changed on hand as applied (or zeroed) and the others as unchanged.
	 */
	private <T> void inChunk(List<T> items, Predicate<T> apply, BiConsumer<T, IllegalArgumentException> refused,
			boolean rows) {
		int[] counts;
		try {
			counts = outlets.transactions().execute(status -> {
				int[] changed = new int[2];
				items.forEach(it -> changed[apply.test(it) ? 0 : 1]++);
				return changed;
			});
		}
		catch (IllegalArgumentException chunkRefused) {
			counts = new int[2];
			for (T item : items) {
				try {
					counts[Boolean.TRUE.equals(outlets.transactions().execute(status -> apply.test(item))) ? 0 : 1]++;
				}
				catch (IllegalArgumentException itemRefused) {
					refused.accept(item, itemRefused);
				}
			}
		}
		if (counts != null && rows) {
			applied += counts[0];
			unchanged += counts[1];
		}
		else if (counts != null) {
			zeroed += counts[0];
		}
	}

	/** States the on hand; true, and published, if it changed. */
	private boolean set(Sku sku, Quantity stated, String rowReference, String reason) {
		BigDecimal change = outlets.stock().set(correlationId, warehouse, sku, stated);
		if (change.signum() == 0) {
			return false;
		}
		outlets.events()
			.publishEvent(new StockAdjusted(UUID.randomUUID(), correlationId, warehouse, sku, change, stated, reason,
					source, rowReference, outlets.clock().instant()));
		return true;
	}
}

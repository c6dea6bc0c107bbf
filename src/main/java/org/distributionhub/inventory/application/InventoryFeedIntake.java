package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.distributionhub.inventory.application.FeedRowRules.StatedRow;
import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.InventoryFeedResult;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns.FeedRun;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies an inventory feed in chunks of {@value #CHUNK} rows, each chunk in one transaction; a chunk the stock
 * positions refuse is applied again row by row, so only the refused rows are lost. Every row whose on hand changed
 * publishes {@link StockAdjusted}. A FULL feed then zeroes the unlisted SKUs, unless a row was rejected or it listed
 * none. The run is recorded at the end. Applying a feed again changes nothing, so a feed interrupted by a failure
 * may simply be sent again.
 */
@Service
class InventoryFeedIntake implements ApplyInventoryFeed {

	static final int CHUNK = 200;
	private static final int PROGRESS_EVERY = 10 * CHUNK;
	private static final int PROBLEMS_KEPT = 100;
	private static final Logger log = LoggerFactory.getLogger(InventoryFeedIntake.class);

	private final MoveStock stock;
	private final ApplicationEventPublisher events;
	private final InventoryFeedRuns runs;
	private final StockUnits units;
	private final TransactionOperations transactions;
	private final Clock clock;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	@Autowired
	InventoryFeedIntake(MoveStock stock, ApplicationEventPublisher events, InventoryFeedRuns runs, StockUnits units,
			TransactionOperations transactions, ObjectProvider<Clock> clock) {
		this(stock, events, runs, units, transactions, clock.getIfAvailable(Clock::systemUTC));
	}

	InventoryFeedIntake(MoveStock stock, ApplicationEventPublisher events, InventoryFeedRuns runs, StockUnits units,
			TransactionOperations transactions, Clock clock) {
		this.stock = stock;
		this.events = events;
		this.runs = runs;
		this.units = units;
		this.transactions = transactions;
		this.clock = clock;
	}

	private enum Mode {
		FULL, DELTA
	}

	/** One feed being applied: what it says and what it did so far. */
	private record Run(UUID id, InventoryFeedCommand command, Mode mode, String warehouse, Tally tally,
			Function<Sku, UnitOfMeasure> units) {

		String source() {
			return "FEED_" + mode.name();
		}
	}

	/** Counts of rows applied, unchanged and zeroed, and the rows rejected. */
	private static final class Tally {

		int applied;
		int unchanged;
		int zeroed;
		final List<FeedRowProblem> rejected = new ArrayList<>();
	}

	@Override
	public InventoryFeedResult apply(InventoryFeedCommand command) {
		Instant started = clock.instant();
		var mode = mode(command.mode());
		var warehouse = warehouse(command.warehouse());
		var run = new Run(UUID.randomUUID(), command, mode, warehouse, new Tally(), units.of(warehouse));
		run.tally().rejected.addAll(command.unreadable());
		var good = new ArrayList<StatedRow>();
		for (var row : command.rows()) {
			var read = FeedRowRules.read(row, run.warehouse());
			if (read.stated() != null) {
				good.add(read.stated());
			}
			else if (read.problem() != null) {
				run.tally().rejected.add(read.problem());
			}
		}
		for (int from = 0; from < good.size(); from += CHUNK) {
			applyChunk(run, good.subList(from, Math.min(good.size(), from + CHUNK)));
			int done = Math.min(good.size(), from + CHUNK);
			if (done % PROGRESS_EVERY == 0 && done < good.size()) {
				log.info("Inventory feed {} ({} {}): {} of {} rows applied", command.reference(), run.mode(),
						run.warehouse(), done, good.size());
			}
		}
		var zeroing = run.mode() == Mode.FULL ? zeroUnlisted(run, good) : new Zeroing(false, null);
		String note = zeroing.note();
		run.tally().rejected.sort(Comparator.comparingInt(FeedRowProblem::row));
		var result = new InventoryFeedResult(run.id(), run.mode().name(), run.warehouse(), command.rows().size()
				+ command.unreadable().size(), run.tally().applied, run.tally().unchanged, run.tally().zeroed,
				run.tally().rejected, zeroing.skipped(), note);
		runs.add(new FeedRun(run.id(), run.warehouse(), result.mode(), command.channel(), command.reference(),
				command.correlationId().value(), started, clock.instant(), result.rows(), result.applied(),
				result.unchanged(), result.zeroed(), result.rejected().size(), result.zeroingSkipped(), note,
				result.rejected().stream().limit(PROBLEMS_KEPT).map(InventoryFeedIntake::describe).toList()));
		log.info("Inventory feed {} ({} {}): {} applied, {} unchanged, {} zeroed, {} rejected", command.reference(),
				result.mode(), result.warehouse(), result.applied(), result.unchanged(), result.zeroed(),
				result.rejected().size());
		return result;
	}

	/** Applies the rows in one transaction, or row by row if the stock positions refuse one of them. */
	private void applyChunk(Run run, List<StatedRow> rows) {
		var sorted = rows.stream().sorted(Comparator.comparing(it -> it.sku().code())).toList();
		int[] counts;
		try {
			counts = transactions.execute(status -> {
				int[] changed = new int[2];
				for (var row : sorted) {
					changed[set(run, row.sku(), row.onHand(run.units()), reference(run, row.row()), reason(run)) ? 0 : 1]++;
				}
				return changed;
			});
		}
		catch (IllegalArgumentException refused) {
			counts = new int[2];
			for (var row : sorted) {
				try {
					boolean changed = Boolean.TRUE.equals(transactions.execute(
							status -> set(run, row.sku(), row.onHand(run.units()), reference(run, row.row()), reason(run))));
					counts[changed ? 0 : 1]++;
				}
				catch (IllegalArgumentException rowRefused) {
					run.tally().rejected.add(new FeedRowProblem(row.row(), FeedRowRules.columnOf(rowRefused),
							String.valueOf(rowRefused.getMessage())));
				}
			}
		}
		run.tally().applied += counts == null ? 0 : counts[0];
		run.tally().unchanged += counts == null ? 0 : counts[1];
	}

	/** Whether a FULL feed left the unlisted SKUs alone, and a note on why or on the SKUs that refused zero. */
	private record Zeroing(boolean skipped, @Nullable String note) {
	}

	private Zeroing zeroUnlisted(Run run, List<StatedRow> listed) {
		if (!run.tally().rejected.isEmpty()) {
			return new Zeroing(true, "Unlisted SKUs were not set to zero: " + run.tally().rejected.size()
					+ " row(s) were rejected, and a SKU on one of them would have been zeroed wrongly; "
					+ "send the corrected full feed again");
		}
		if (listed.isEmpty()) {
			return new Zeroing(true, "Unlisted SKUs were not set to zero: the full feed lists no SKU (an empty export would wipe "
					+ "the warehouse)");
		}
		Set<Sku> named = new HashSet<>();
		listed.forEach(it -> named.add(it.sku()));
		var unlisted = stock.stockedSkus(run.warehouse()).stream().filter(it -> !named.contains(it)).sorted(
				Comparator.comparing(Sku::code)).toList();
		var refused = new ArrayList<String>();
		for (int from = 0; from < unlisted.size(); from += CHUNK) {
			var chunk = unlisted.subList(from, Math.min(unlisted.size(), from + CHUNK));
			try {
				Integer zeroed = transactions.execute(status -> {
					int changed = 0;
					for (Sku sku : chunk) {
						changed += zero(run, sku) ? 1 : 0;
					}
					return changed;
				});
				run.tally().zeroed += zeroed == null ? 0 : zeroed;
			}
			catch (IllegalArgumentException chunkRefused) {
				for (Sku sku : chunk) {
					try {
						run.tally().zeroed += Boolean.TRUE.equals(transactions.execute(status -> zero(run, sku))) ? 1 : 0;
					}
					catch (IllegalArgumentException skuRefused) {
						refused.add(sku + " (" + skuRefused.getMessage() + ")");
					}
				}
			}
		}
		return new Zeroing(false, refused.isEmpty() ? null
				: "Unlisted SKUs not set to zero because their stock refused it: " + String.join("; ", refused));
	}

	private boolean zero(Run run, Sku sku) {
		return set(run, sku, new Quantity(BigDecimal.ZERO, run.units().apply(sku)), run.command().reference() + "#unlisted", "not listed in full inventory feed");
	}

	/** States the on hand; true and published if it changed. */
	private boolean set(Run run, Sku sku, Quantity stated, String reference, String reason) {
		CorrelationId correlationId = run.command().correlationId();
		BigDecimal change = stock.set(correlationId, run.warehouse(), sku, stated);
		if (change.signum() == 0) {
			return false;
		}
		events.publishEvent(new StockAdjusted(UUID.randomUUID(), correlationId, run.warehouse(), sku, change, stated,
				reason, run.source(), reference, clock.instant()));
		return true;
	}

	private static String reference(Run run, int row) {
		return run.command().reference() + "#" + row;
	}

	private static String reason(Run run) {
		return run.mode() == Mode.FULL ? "full inventory feed" : "delta inventory feed";
	}

	private Mode mode(@Nullable String mode) {
		if (mode == null || mode.isBlank()) {
			throw new InventoryFeedRejected("mode", "A feed needs its mode: FULL or DELTA");
		}
		try {
			return Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InventoryFeedRejected("mode", "Unknown feed mode '" + mode.strip() + "': FULL or DELTA");
		}
	}

	private String warehouse(@Nullable String warehouse) {
		if (warehouse == null || warehouse.isBlank()) {
			throw new InventoryFeedRejected("warehouse", "A feed needs the warehouse it states the stock of");
		}
		if (!stock.isKnownWarehouse(warehouse.strip())) {
			throw new InventoryFeedRejected("warehouse", "Unknown warehouse " + warehouse.strip());
		}
		return warehouse.strip();
	}

	private static String describe(FeedRowProblem problem) {
		return "row " + problem.row() + ", " + problem.column() + ": " + problem.message();
	}
}

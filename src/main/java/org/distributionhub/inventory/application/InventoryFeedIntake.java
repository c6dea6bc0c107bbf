package org.distributionhub.inventory.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.distributionhub.inventory.application.FeedRowRules.StatedRow;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.InventoryFeedResult;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.model.FeedMode;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns;
import org.distributionhub.inventory.ports.out.InventoryFeedRuns.FeedRun;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies an inventory feed: checks its mode and warehouse, reads its rows, applies the good ones in chunks of their
 * own transaction ({@link FeedApplier}), lets a FULL feed zero the unlisted SKUs, and records the run. Applying a feed
 * again changes nothing, so a feed interrupted by a failure may simply be sent again.
 */
@Service
class InventoryFeedIntake implements ApplyInventoryFeed {

	private static final int PROBLEMS_KEPT = 100;
	private static final Logger log = LoggerFactory.getLogger(InventoryFeedIntake.class);

	private final FeedApplier.Outlets outlets;
	private final InventoryFeedRuns runs;
	private final StockUnits units;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	@Autowired
	InventoryFeedIntake(MoveStock stock, ApplicationEventPublisher events, InventoryFeedRuns runs, StockUnits units,
			TransactionOperations transactions, ObjectProvider<Clock> clock) {
		this(stock, events, runs, units, transactions, clock.getIfAvailable(Clock::systemUTC));
	}

	InventoryFeedIntake(MoveStock stock, ApplicationEventPublisher events, InventoryFeedRuns runs, StockUnits units,
			TransactionOperations transactions, Clock clock) {
		this.outlets = new FeedApplier.Outlets(stock, events, transactions, clock);
		this.runs = runs;
		this.units = units;
	}

	@Override
	public InventoryFeedResult apply(InventoryFeedCommand command) {
		Instant started = outlets.clock().instant();
		FeedMode mode = mode(command.mode());
		String warehouse = warehouse(command.warehouse());
		var applier = new FeedApplier(outlets, command.correlationId(), warehouse, mode, command.reference(),
				units.of(warehouse));
		applier.rejected.addAll(command.unreadable());
		var good = new ArrayList<StatedRow>();
		for (var row : command.rows()) {
			var read = FeedRowRules.read(row, warehouse);
			if (read.stated() != null) {
				good.add(read.stated());
			}
			else if (read.problem() != null) {
				applier.rejected.add(read.problem());
			}
		}
		applier.applyRows(good);
		var zeroing = mode == FeedMode.FULL ? applier.zeroUnlisted(good) : new FeedApplier.Zeroing(false, null);
		applier.rejected.sort(Comparator.comparingInt(FeedRowProblem::row));
		var result = new InventoryFeedResult(UUID.randomUUID(), mode, warehouse,
				command.rows().size() + command.unreadable().size(), applier.applied, applier.unchanged,
				applier.zeroed, applier.rejected, zeroing.skipped(), zeroing.note());
		runs.add(new FeedRun(result.runId(), warehouse, mode, command.channel(), command.reference(),
				command.correlationId().value(), started, outlets.clock().instant(), result.rows(), result.applied(),
				result.unchanged(), result.zeroed(), result.rejected().size(), result.zeroingSkipped(), result.note(),
				result.rejected().stream().limit(PROBLEMS_KEPT).map(InventoryFeedIntake::describe).toList()));
		log.info("Inventory feed {} ({} {}): {} applied, {} unchanged, {} zeroed, {} rejected", command.reference(),
				mode, warehouse, result.applied(), result.unchanged(), result.zeroed(), result.rejected().size());
		return result;
	}

	private static FeedMode mode(@Nullable String mode) {
		if (mode == null || mode.isBlank()) {
			throw new InventoryFeedRejected("mode", "A feed needs its mode: FULL or DELTA");
		}
		String upper = mode.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(FeedMode.values()).filter(known -> known.name().equals(upper)).findFirst()
			.orElseThrow(() -> new InventoryFeedRejected("mode", "Unknown feed mode '" + mode.strip() + "': FULL or DELTA"));
	}

	private String warehouse(@Nullable String warehouse) {
		if (warehouse == null || warehouse.isBlank()) {
			throw new InventoryFeedRejected("warehouse", "A feed needs the warehouse it states the stock of");
		}
		if (!outlets.stock().isKnownWarehouse(warehouse.strip())) {
			throw new InventoryFeedRejected("warehouse", "Unknown warehouse " + warehouse.strip());
		}
		return warehouse.strip();
	}

	private static String describe(FeedRowProblem problem) {
		return "row " + problem.row() + ", " + problem.column() + ": " + problem.message();
	}
}

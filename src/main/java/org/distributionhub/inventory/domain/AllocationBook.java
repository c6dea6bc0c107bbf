package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The positions one unit of allocation work holds, the lines it knows, and the rules that keep a position balanced: a line's amounts and its position's totals change together, and after every change a position is
 * rebalanced (newest reservations give way when on hand falls short, free stock fills the oldest backorders, the
 * backorders are pegged anew).
 */
final class AllocationBook {

	private static final Comparator<AllocatedLine> OLDEST_FIRST = Comparator.comparingLong(AllocatedLine::sequence)
		.thenComparing(it -> it.key().orderId())
		.thenComparingInt(it -> it.key().lineNumber());

	private final AllocationLedger ledger;
	private final Map<PositionKey, StockPosition> positions = new TreeMap<>();
	private final Map<PositionKey, StockPositionSnapshot> positionsBefore = new HashMap<>();
	private final Map<PositionKey, Pegging> peggings = new HashMap<>();
	private final Set<PositionKey> loaded = new HashSet<>();
	private final Set<PositionKey> unsettled = new TreeSet<>();
	private final KnownLines lines = new KnownLines();

	AllocationBook(AllocationLedger ledger) {
		this.ledger = ledger;
	}

	void hold(StockPosition position) {
		if (positions.putIfAbsent(position.key(), position) == null) {
			positionsBefore.put(position.key(), position.snapshot());
		}
	}

	@Nullable
	StockPosition held(PositionKey key) {
		return positions.get(key);
	}

	KnownLines lines() {
		return lines;
	}

	/** The position, locked by the caller. */
	StockPosition open(PositionKey key) {
		var position = positions.get(key);
		if (position == null) {
			throw new IllegalStateException("Stock position " + key + " is not held");
		}
		return position;
	}

	/**
	 * Reads every line waiting for the position, once, before anything but new lines changes in it: its stock or a
	 * stored line. A position that only takes in new lines (the youngest) needs no stored line to be rebalanced.
	 */
	StockPosition load(PositionKey key) {
		var position = open(key);
		if (loaded.add(key) && Amounts.positive(olderBackorders(position))) {
			lines.adopt(ledger.backorders(key));
		}
		return position;
	}

	/** Moves amounts of a line in its position; both change together. */
	void hold(StockPosition position, AllocatedLine line, BigDecimal reservedChange, BigDecimal backorderedChange) {
		if (lines.isStored(line)) {
			load(position.key());
		}
		move(position, line, reservedChange, backorderedChange);
		unsettled.add(position.key());
	}

	private static void move(StockPosition position, AllocatedLine line, BigDecimal reservedChange,
			BigDecimal backorderedChange) {
		line.hold(reservedChange, backorderedChange);
		position.held(reservedChange, backorderedChange);
	}

	void unsettle(PositionKey key) {
		unsettled.add(key);
	}

	/** Gives back what the line holds in its position; it holds nothing afterwards. */
	void release(AllocatedLine line) {
		if (line.isReleased()) {
			return;
		}
		if (line.holdsStockIn(line.position())) {
			var position = open(line.position());
			hold(position, line, line.reserved().negate(), line.backordered().negate());
		}
		line.release();
	}

	void settle() {
		var keys = List.copyOf(unsettled);
		unsettled.clear();
		for (PositionKey key : keys) {
			rebalance(open(key));
		}
	}

	private void rebalance(StockPosition position) {
		var key = position.key();
		if (!loaded.contains(key)) {
			boolean shortOfStock = position.reserved().compareTo(position.onHand()) > 0;
			if (shortOfStock || Amounts.positive(position.free()) && Amounts.positive(olderBackorders(position))) {
				load(key);
			}
			else {
				takeInNewLines(position);
				return;
			}
		}
		var shortfall = position.reserved().subtract(position.onHand());
		if (Amounts.positive(shortfall)) {
			lines.adopt(ledger.reservations(key));
			var newestFirst = new ArrayList<>(lines.in(key).stream().filter(it -> Amounts.positive(it.reserved())).toList());
			newestFirst.sort(OLDEST_FIRST.reversed());
			for (AllocatedLine line : newestFirst) {
				if (!Amounts.positive(shortfall)) {
					break;
				}
				var given = Amounts.min(line.reserved(), shortfall);
				move(position, line, given.negate(), given);
				shortfall = shortfall.subtract(given);
			}
		}
		var free = position.free();
		for (AllocatedLine line : waiting(key)) {
			if (!Amounts.positive(free)) {
				break;
			}
			var taken = Amounts.min(line.backordered(), free);
			move(position, line, taken, taken.negate());
			free = free.subtract(taken);
		}
		repeg(position);
	}

	/**
	 * Only new lines, younger than every stored one, entered the position, and no older line waits if stock is
	 * free: they take free stock oldest first and are pegged behind every older backorder, whose promises stay.
	 */
	private void takeInNewLines(StockPosition position) {
		var free = position.free();
		var fresh = waiting(position.key()).stream().filter(it -> !lines.isStored(it)).toList();
		for (AllocatedLine line : fresh) {
			if (!Amounts.positive(free)) {
				break;
			}
			var taken = Amounts.min(line.backordered(), free);
			move(position, line, taken, taken.negate());
			free = free.subtract(taken);
		}
		var still = fresh.stream().filter(it -> Amounts.positive(it.backordered())).toList();
		if (!still.isEmpty()) {
			var dates = pegging(position).promiseDates(olderBackorders(position),
					still.stream().map(AllocatedLine::backordered).toList());
			for (int i = 0; i < still.size(); i++) {
				still.get(i).promise(dates.get(i));
			}
		}
	}

	/** What lines read from storage (not new in this unit of work) wait for in the position. */
	private BigDecimal olderBackorders(StockPosition position) {
		var fresh = lines.in(position.key()).stream()
			.filter(it -> !lines.isStored(it))
			.map(AllocatedLine::backordered)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return position.backordered().subtract(fresh);
	}

	private Pegging pegging(StockPosition position) {
		return peggings.computeIfAbsent(position.key(), key -> Pegging.of(ledger.inbound(key), position.unit()));
	}

	private void repeg(StockPosition position) {
		var waiting = waiting(position.key());
		if (!waiting.isEmpty()) {
			var dates = pegging(position).promiseDates(BigDecimal.ZERO,
					waiting.stream().map(AllocatedLine::backordered).toList());
			for (int i = 0; i < waiting.size(); i++) {
				waiting.get(i).promise(dates.get(i));
			}
		}
		for (AllocatedLine line : lines.in(position.key())) {
			if (!Amounts.positive(line.backordered()) && line.promiseDate() != null) {
				line.promise(null);
			}
		}
	}

	/** The lines of a position waiting for stock, oldest first. */
	private List<AllocatedLine> waiting(PositionKey key) {
		var waiting = new ArrayList<>(lines.in(key).stream().filter(it -> Amounts.positive(it.backordered())).toList());
		waiting.sort(OLDEST_FIRST);
		return waiting;
	}

	/** Says what to store and to tell. */
	AllocationOutcome outcome() {
		settle();
		var decisions = lines.decide();
		var movedPositions = positions.values()
			.stream()
			.map(StockPosition::snapshot)
			.filter(it -> !it.equals(positionsBefore.get(it.key())))
			.toList();
		return new AllocationOutcome(movedPositions, lines.created(), lines.changed(), decisions);
	}
}

package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The positions and lines one unit of allocation work holds, each line once, and the rules that keep a position
 * balanced: a line's amounts and its position's totals change together, and after every change a position is
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
	private final Map<OrderLineKey, AllocatedLine> lines = new LinkedHashMap<>();
	private final Map<OrderLineKey, AllocatedLineSnapshot> stored = new HashMap<>();
	private final Map<OrderLineKey, AllocatedLine.State> told = new HashMap<>();

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

	/** Lines as stored; a line held already is kept as it is now. */
	void adopt(Collection<AllocatedLineSnapshot> known) {
		for (AllocatedLineSnapshot state : known) {
			if (!lines.containsKey(state.key())) {
				var line = AllocatedLine.restore(state);
				lines.put(state.key(), line);
				stored.put(state.key(), state);
				told.put(state.key(), line.state());
			}
		}
	}

	void add(AllocatedLine created) {
		lines.put(created.key(), created);
	}

	@Nullable
	AllocatedLine line(OrderLineKey key) {
		return lines.get(key);
	}

	List<AllocatedLine> linesOf(String orderId) {
		return lines.values().stream().filter(it -> it.key().orderId().equals(orderId)).toList();
	}

	/** What the order was told of the line is what it is now (a dispatch consumed it, which is no decision). */
	void toldAsIs(AllocatedLine line) {
		told.put(line.key(), line.state());
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
			adopt(ledger.backorders(key));
		}
		return position;
	}

	/** Moves amounts of a line in its position; both change together. */
	void hold(StockPosition position, AllocatedLine line, BigDecimal reservedChange, BigDecimal backorderedChange) {
		if (stored.containsKey(line.key())) {
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
			adopt(ledger.reservations(key));
			var newestFirst = new ArrayList<>(in(key).stream().filter(it -> Amounts.positive(it.reserved())).toList());
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
		var fresh = waiting(position.key()).stream().filter(it -> !stored.containsKey(it.key())).toList();
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
		fresh.stream().filter(it -> !Amounts.positive(it.backordered())).forEach(it -> it.promise(null));
	}

	/** What lines read from storage (not new in this unit of work) wait for in the position. */
	private BigDecimal olderBackorders(StockPosition position) {
		var fresh = in(position.key()).stream()
			.filter(it -> !stored.containsKey(it.key()))
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
		for (AllocatedLine line : in(position.key())) {
			if (!Amounts.positive(line.backordered()) && line.promiseDate() != null) {
				line.promise(null);
			}
		}
	}

	/** The lines of a position waiting for stock, oldest first. */
	private List<AllocatedLine> waiting(PositionKey key) {
		var waiting = new ArrayList<>(in(key).stream().filter(it -> Amounts.positive(it.backordered())).toList());
		waiting.sort(OLDEST_FIRST);
		return waiting;
	}

	private List<AllocatedLine> in(PositionKey key) {
		return lines.values().stream().filter(it -> it.holdsStockIn(key)).toList();
	}

	/** Counts a decision on every line whose state changed and says what to store and to tell. */
	AllocationOutcome outcome() {
		settle();
		Map<String, List<AllocatedLine>> decided = new LinkedHashMap<>();
		var created = new ArrayList<AllocatedLineSnapshot>();
		var changed = new ArrayList<AllocatedLineSnapshot>();
		for (AllocatedLine line : lines.values()) {
			if (!line.state().equals(told.get(line.key()))) {
				line.decided();
				if (!line.isReleased()) {
					decided.computeIfAbsent(line.key().orderId(), it -> new ArrayList<>()).add(line);
				}
			}
			var now = line.snapshot();
			var before = stored.get(line.key());
			if (before == null) {
				created.add(now);
			}
			else if (!before.equals(now)) {
				changed.add(now);
			}
		}
		var movedPositions = positions.values()
			.stream()
			.map(StockPosition::snapshot)
			.filter(it -> !it.equals(positionsBefore.get(it.key())))
			.toList();
		var decisions = decided.entrySet().stream().map(it -> decision(it.getKey(), it.getValue())).toList();
		return new AllocationOutcome(movedPositions, created, changed, decisions);
	}

	private static OrderDecision decision(String orderId, List<AllocatedLine> decided) {
		var reserved = new ArrayList<AllocatedLineSnapshot>();
		var backordered = new ArrayList<AllocatedLineSnapshot>();
		var refused = new ArrayList<AllocatedLineSnapshot>();
		for (AllocatedLine line : decided.stream().sorted(Comparator.comparingInt(it -> it.key().lineNumber())).toList()) {
			var state = line.snapshot();
			if (state.refusal() != null) {
				refused.add(state);
			}
			else if (Amounts.positive(state.backordered())) {
				backordered.add(state);
			}
			else {
				reserved.add(state);
			}
		}
		var first = decided.get(0).snapshot();
		return new OrderDecision(orderId, first.warehouse(), first.correlationId(), reserved, backordered, refused);
	}
}

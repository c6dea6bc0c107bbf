package org.distributionhub.inventory.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The order lines one unit of allocation work knows, each once: as stored when read, as the order was told of them
 * then, and as they are now. It counts a decision on each line whose told state changed.
 */
final class KnownLines {

	private final Map<OrderLineKey, AllocatedLine> lines = new LinkedHashMap<>();
	private final Map<OrderLineKey, AllocatedLineSnapshot> stored = new HashMap<>();
	private final Map<OrderLineKey, AllocatedLine.State> told = new HashMap<>();

	/** Lines as stored; a line known already is kept as it is now. */
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

	/** A line new in this unit of work. */
	void add(AllocatedLine created) {
		lines.put(created.key(), created);
	}

	@Nullable
	AllocatedLine get(OrderLineKey key) {
		return lines.get(key);
	}

	boolean isStored(AllocatedLine line) {
		return stored.containsKey(line.key());
	}

	List<AllocatedLine> of(String orderId) {
		return lines.values().stream().filter(it -> it.key().orderId().equals(orderId)).toList();
	}

	/** The lines holding or waiting for stock of the position. */
	List<AllocatedLine> in(PositionKey position) {
		return lines.values().stream().filter(it -> it.holdsStockIn(position)).toList();
	}

	/** What the order was told of the line is what it is now (a dispatch consumed it, which is no decision). */
	void toldAsIs(AllocatedLine line) {
		told.put(line.key(), line.state());
	}

	/** Counts a decision on each line whose told state changed; one decision per order, released lines untold. */
	List<OrderDecision> decide() {
		Map<String, List<AllocatedLineSnapshot>> decided = new LinkedHashMap<>();
		for (AllocatedLine line : lines.values()) {
			if (!line.state().equals(told.get(line.key()))) {
				line.decided();
				told.put(line.key(), line.state());
				if (!line.isReleased()) {
					decided.computeIfAbsent(line.key().orderId(), it -> new ArrayList<>()).add(line.snapshot());
				}
			}
		}
		return decided.entrySet().stream().map(it -> decision(it.getKey(), it.getValue())).toList();
	}

	List<AllocatedLineSnapshot> created() {
		return lines.values().stream().filter(it -> !isStored(it)).map(AllocatedLine::snapshot).toList();
	}

	List<AllocatedLineSnapshot> changed() {
		return lines.values()
			.stream()
			.filter(this::isStored)
			.map(AllocatedLine::snapshot)
			.filter(it -> !it.equals(stored.get(it.key())))
			.toList();
	}

	private static OrderDecision decision(String orderId, List<AllocatedLineSnapshot> decided) {
		var reserved = new ArrayList<AllocatedLineSnapshot>();
		var backordered = new ArrayList<AllocatedLineSnapshot>();
		var refused = new ArrayList<AllocatedLineSnapshot>();
		var byLine = decided.stream().sorted(Comparator.comparingInt(it -> it.key().lineNumber())).toList();
		for (AllocatedLineSnapshot line : byLine) {
			if (line.refusal() != null) {
				refused.add(line);
			}
			else if (Amounts.positive(line.backordered())) {
				backordered.add(line);
			}
			else {
				reserved.add(line);
			}
		}
		var first = byLine.get(0);
		return new OrderDecision(orderId, first.warehouse(), first.correlationId(), reserved, backordered, refused);
	}
}

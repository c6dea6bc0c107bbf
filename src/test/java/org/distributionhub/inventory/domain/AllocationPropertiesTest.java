package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of orders placed, changed, re-sent and cancelled, goods received, adjusted, counted and
 * dispatched, and expected inbound added, cut, moved and closed, applied to the domain model. After every step:
 * nothing is oversold, positions add up their lines, live lines hold exactly what is still to ship, free stock never
 * idles while a line waits, stock goes to the oldest waiting line and is taken from the newest reservation, every
 * promise is what pegging the backorders oldest first against dated inbound gives, each line's version counts the
 * decisions told, and a repeated revision changes nothing.
 */
class AllocationPropertiesTest {

	private static final List<String> WAREHOUSES = List.of("MAIN", "WH-2", "NOWHERE");
	private static final List<Sku> SKUS = List.of(new Sku("A"), new Sku("B"), new Sku("C"));
	private static final List<PositionKey> POSITIONS = List.of(new PositionKey("MAIN", SKUS.get(0)),
			new PositionKey("MAIN", SKUS.get(1)), new PositionKey("MAIN", SKUS.get(2)),
			new PositionKey("WH-2", SKUS.get(0)), new PositionKey("WH-2", SKUS.get(1)));
	private static final UnitOfMeasure CA = new UnitOfMeasure("CA");
	private static final LocalDate DAY_0 = LocalDate.of(2027, 5, 3);

	@Test
	void everyStepKeepsTheAllocationInvariants() {
		qt().withExamples(400).withShrinkCycles(200).forAll(lists().of(steps()).ofSizeBetween(1, 40)).checkAssert(steps -> {
			var world = new World();
			for (Step step : steps) {
				world.apply(step);
			}
		});
	}

	// the steps

	sealed interface Step permits Place, Revise, Resend, Cancel, Receive, Adjust, Count, Dispatch, Expect {
	}

	record Line(int number, int sku, int amount, boolean inCases) {
		OrderLineRequest request() {
			return new OrderLineRequest(number, SKUS.get(sku), Quantity.of(amount, inCases ? CA : UnitOfMeasure.EACH));
		}
	}

	record Place(int order, int warehouse, List<Line> lines) implements Step {
	}

	record Revise(int order, List<Line> lines) implements Step {
	}

	record Resend(int order, List<Line> lines) implements Step {
	}

	record Cancel(int order) implements Step {
	}

	record Receive(int position, int amount) implements Step {
	}

	record Adjust(int position, int change) implements Step {
	}

	record Count(int position, int amount) implements Step {
	}

	record Dispatch(int order, int line, int amount) implements Step {
	}

	record Inbound(int amount, int day, boolean dated) {
		Delivery delivery() {
			return new Delivery(Quantity.of(amount, UnitOfMeasure.EACH), dated ? DAY_0.plusDays(day) : null);
		}
	}

	record Expect(int position, List<Inbound> inbound) implements Step {
	}

	private static Gen<Step> steps() {
		Gen<Integer> order = integers().between(0, 5);
		Gen<Integer> position = integers().between(0, POSITIONS.size() - 1);
		Gen<List<Line>> lines = lists().of(integers().between(1, 3)
			.zip(integers().between(0, 2), integers().between(0, 8), integers().between(0, 9),
					(number, sku, amount, unit) -> new Line(number, sku, amount, unit == 0)))
			.ofSizeBetween(0, 3);
		Gen<Integer> warehouse = Generate.frequency(Pair.of(8, Generate.constant(0)), Pair.of(4, Generate.constant(1)),
				Pair.of(1, Generate.constant(2)));
		Gen<Inbound> inbound = integers().between(1, 10)
			.zip(integers().between(0, 4), integers().between(0, 5), (amount, day, dated) -> new Inbound(amount, day,
					dated != 0));
		return Generate.frequency(List.of(
				Pair.of(6, order.zip(warehouse, lines, (o, w, l) -> (Step) new Place(o, w, l))),
				Pair.of(3, order.zip(lines, (o, l) -> (Step) new Revise(o, l))),
				Pair.of(1, order.zip(lines, (o, l) -> (Step) new Resend(o, l))),
				Pair.of(2, order.map(o -> (Step) new Cancel(o))),
				Pair.of(4, position.zip(integers().between(0, 10), (p, a) -> (Step) new Receive(p, a))),
				Pair.of(2, position.zip(integers().between(-10, 10), (p, c) -> (Step) new Adjust(p, c))),
				Pair.of(1, position.zip(integers().between(0, 12), (p, a) -> (Step) new Count(p, a))),
				Pair.of(3, order.zip(integers().between(1, 3), integers().between(1, 5),
						(o, l, a) -> (Step) new Dispatch(o, l, a))),
				Pair.of(3, position.zip(lists().of(inbound).ofSizeBetween(0, 3), (p, i) -> (Step) new Expect(p, i)))));
	}

	// the model and its checks

	static final class World {

		private final InMemoryStock stock = new InMemoryStock("MAIN", "WH-2");

		void apply(Step step) {
			var positionsBefore = positions();
			var linesBefore = lines();
			int toldBefore = stock.told().size();
			var commanded = new TreeSet<String>();
			boolean repeat = false;
			boolean dispatch = false;
			if (step instanceof Place place) {
				var id = orderId(place.order());
				repeat = stock.order(id) != null && !stock.order(id).takes(1);
				stock.place(id, 1, WAREHOUSES.get(place.warehouse()), requests(place.lines()));
				commanded.add(id);
			}
			else if (step instanceof Revise revise) {
				var id = orderId(revise.order());
				var known = stock.order(id);
				var warehouse = known == null ? "MAIN" : known.warehouse();
				stock.place(id, (known == null ? 0 : known.revision()) + 1, warehouse, requests(revise.lines()));
				commanded.add(id);
			}
			else if (step instanceof Resend resend) {
				var id = orderId(resend.order());
				var known = stock.order(id);
				if (known == null) {
					return;
				}
				stock.place(id, known.revision(), known.warehouse(), requests(resend.lines()));
				repeat = true;
			}
			else if (step instanceof Cancel cancel) {
				var id = orderId(cancel.order());
				repeat = stock.order(id) != null && stock.order(id).cancelled();
				stock.cancel(id, 9);
				commanded.add(id);
			}
			else if (step instanceof Receive receive) {
				repeat = !movable(POSITIONS.get(receive.position()),
						() -> stock.receive(POSITIONS.get(receive.position()), Quantity.of(receive.amount(), UnitOfMeasure.EACH)));
			}
			else if (step instanceof Adjust adjust) {
				if (stock.position(POSITIONS.get(adjust.position())) == null) {
					return;
				}
				stock.adjust(POSITIONS.get(adjust.position()), adjust.change());
			}
			else if (step instanceof Count count) {
				repeat = !movable(POSITIONS.get(count.position()),
						() -> stock.set(POSITIONS.get(count.position()), Quantity.of(count.amount(), UnitOfMeasure.EACH)));
			}
			else if (step instanceof Dispatch sent) {
				var line = stock.line(orderId(sent.order()), sent.line());
				if (line == null) {
					return;
				}
				dispatch = true;
				commanded.add(line.key().toString());
				try {
					stock.dispatch(line.key().orderId(), line.warehouse(),
							new OrderLineMovement(line.key().lineNumber(), line.sku(),
									Quantity.of(sent.amount(), UnitOfMeasure.EACH)));
				}
				catch (IllegalArgumentException refused) {
					var position = stock.position(line.position());
					assertThat(position != null && position.unit().equals(UnitOfMeasure.EACH))
						.as("only a line in another unit or without a position is refused: %s", refused.getMessage())
						.isFalse();
					repeat = true;
				}
			}
			else if (step instanceof Expect expect) {
				stock.expect(POSITIONS.get(expect.position()),
						expect.inbound().stream().map(Inbound::delivery).toArray(Delivery[]::new));
			}
			var decisions = stock.told().subList(toldBefore, stock.told().size());
			if (repeat) {
				assertThat(positions()).as("a repeated revision or refused movement changes no position")
					.isEqualTo(positionsBefore);
				assertThat(lines()).as("a repeated revision or refused movement changes no line").isEqualTo(linesBefore);
				assertThat(decisions).isEmpty();
			}
			checkPositions();
			checkLines();
			checkPromises();
			checkQueues(linesBefore, commanded);
			checkDecisions(linesBefore, decisions, dispatch ? commanded : Set.of());
		}

		/** Moves stock in EA, which only a position kept in another unit (an order line's first) refuses. */
		private boolean movable(PositionKey key, Runnable move) {
			try {
				move.run();
				return true;
			}
			catch (IllegalArgumentException refused) {
				assertThat(stock.position(key).unit()).as(refused.getMessage()).isNotEqualTo(UnitOfMeasure.EACH);
				return false;
			}
		}

		/** Nothing oversold, and each position adds up what its lines hold and wait for. */
		private void checkPositions() {
			for (StockPositionSnapshot position : stock.positions()) {
				assertThat(position.onHand()).as("on hand of %s", position.key()).isNotNegative();
				assertThat(position.reserved()).as("reserved of %s", position.key())
					.isLessThanOrEqualTo(position.onHand());
				var in = linesIn(position.key());
				assertThat(sum(in, AllocatedLineSnapshot::reserved)).as("reservations in %s", position.key())
					.isEqualByComparingTo(position.reserved());
				assertThat(sum(in, AllocatedLineSnapshot::backordered)).as("backorders in %s", position.key())
					.isEqualByComparingTo(position.backordered());
				if (position.free().signum() > 0) {
					assertThat(position.backordered()).as("free stock of %s idles while lines wait", position.key())
						.isZero();
				}
			}
		}

		/** Live lines hold exactly what is still to ship; refused and released lines hold nothing. */
		private void checkLines() {
			for (AllocatedLineSnapshot line : stock.lines()) {
				if (line.holdsStock()) {
					assertThat(line.reserved().add(line.backordered())).as("reserved + backordered of %s", line.key())
						.isEqualByComparingTo(line.open());
					assertThat(stock.position(line.position())).as("position of %s", line.key()).isNotNull();
					assertThat(line.unit()).isEqualTo(stock.position(line.position()).unit());
				}
				else {
					assertThat(line.reserved().signum() + line.backordered().signum()).as("%s holds nothing", line.key())
						.isZero();
					assertThat(line.promiseDate()).isNull();
				}
				assertThat(line.version()).as("a stored line was decided on").isPositive();
			}
		}

		/** The promise of each waiting line, computed apart: the first date whose inbound covers it and all older. */
		private void checkPromises() {
			for (StockPositionSnapshot position : stock.positions()) {
				var waiting = linesIn(position.key()).stream()
					.filter(it -> it.backordered().signum() > 0)
					.sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
					.toList();
				var dated = stock.inbound(position.key())
					.stream()
					.filter(it -> it.date() != null && it.quantity().unit().equals(position.unit()))
					.toList();
				var dates = new TreeSet<LocalDate>();
				dated.forEach(it -> dates.add(it.date()));
				BigDecimal demand = BigDecimal.ZERO;
				for (AllocatedLineSnapshot line : waiting) {
					demand = demand.add(line.backordered());
					LocalDate expected = null;
					for (LocalDate date : dates) {
						var by = dated.stream()
							.filter(it -> !it.date().isAfter(date))
							.map(it -> it.quantity().amount())
							.reduce(BigDecimal.ZERO, BigDecimal::add);
						if (by.compareTo(demand) >= 0) {
							expected = date;
							break;
						}
					}
					assertThat(line.promiseDate()).as("promise of %s", line.key()).isEqualTo(expected);
				}
				linesIn(position.key()).stream()
					.filter(it -> it.backordered().signum() == 0)
					.forEach(it -> assertThat(it.promiseDate()).as("promise of %s, not waiting", it.key()).isNull());
			}
		}

		/**
		 * Stock a line gained came to the oldest waiting line: no older line of its position waits. Stock a line lost
		 * without being told to (its order untouched) went from the newest reservation: no younger line holds any.
		 */
		private void checkQueues(Map<OrderLineKey, AllocatedLineSnapshot> before, Set<String> commanded) {
			for (AllocatedLineSnapshot line : stock.lines()) {
				var was = before.get(line.key());
				var had = was == null || !was.holdsStock() || !was.position().equals(line.position()) ? BigDecimal.ZERO
						: was.reserved();
				int gained = line.reserved().compareTo(had);
				if (gained > 0) {
					assertThat(linesIn(line.position())).as("older lines waiting while %s gained stock", line.key())
						.noneMatch(it -> it.sequence() < line.sequence() && it.backordered().signum() > 0);
				}
				boolean told = commanded.contains(line.key().orderId()) || commanded.contains(line.key().toString());
				if (gained < 0 && !told) {
					assertThat(linesIn(line.position())).as("younger lines holding while %s lost stock", line.key())
						.noneMatch(it -> it.sequence() > line.sequence() && it.reserved().signum() > 0);
				}
			}
		}

		/**
		 * A line's version grows by one exactly when what the order was told of it changed (a dispatch's consumption
		 * is no decision), and each changed live line is in its order's one decision of the step, in the right list.
		 */
		private void checkDecisions(Map<OrderLineKey, AllocatedLineSnapshot> before, List<OrderDecision> decisions,
				Set<String> dispatched) {
			var toldLines = new HashMap<OrderLineKey, String>();
			var orders = new TreeSet<String>();
			for (OrderDecision decision : decisions) {
				assertThat(orders.add(decision.orderId())).as("one decision per order and step").isTrue();
				decision.reserved().forEach(it -> {
					assertThat(it.backordered()).isZero();
					toldLines.put(it.key(), "reserved");
				});
				decision.backordered().forEach(it -> {
					assertThat(it.backordered()).isPositive();
					toldLines.put(it.key(), "backordered");
				});
				decision.refused().forEach(it -> {
					assertThat(it.refusal()).isNotNull();
					toldLines.put(it.key(), "refused");
				});
				for (var told : concat(decision)) {
					assertThat(stock.line(told.key().orderId(), told.key().lineNumber())).isEqualTo(told);
				}
			}
			for (AllocatedLineSnapshot line : stock.lines()) {
				var was = before.get(line.key());
				long rise = line.version() - (was == null ? 0 : was.version());
				if (dispatched.contains(line.key().toString())) {
					assertThat(rise).isBetween(0L, 1L);
				}
				else {
					boolean changed = was == null || !told(was).equals(told(line));
					assertThat(rise).as("version of %s", line.key()).isEqualTo(changed ? 1 : 0);
				}
				assertThat(toldLines.containsKey(line.key())).as("%s is told", line.key())
					.isEqualTo(rise == 1 && !line.released());
			}
		}

		private static List<Object> told(AllocatedLineSnapshot line) {
			return java.util.Arrays.asList(line.released(), line.refusal() == null ? null : line.refusal().reason(),
					line.reserved(), line.backordered(), line.promiseDate());
		}

		private static List<AllocatedLineSnapshot> concat(OrderDecision decision) {
			var all = new ArrayList<AllocatedLineSnapshot>(decision.reserved());
			all.addAll(decision.backordered());
			all.addAll(decision.refused());
			return all;
		}

		private List<AllocatedLineSnapshot> linesIn(PositionKey key) {
			return stock.lines().stream().filter(it -> it.holdsStock() && it.position().equals(key)).toList();
		}

		private Map<PositionKey, StockPositionSnapshot> positions() {
			var copy = new LinkedHashMap<PositionKey, StockPositionSnapshot>();
			stock.positions().forEach(it -> copy.put(it.key(), it));
			return copy;
		}

		private Map<OrderLineKey, AllocatedLineSnapshot> lines() {
			var copy = new LinkedHashMap<OrderLineKey, AllocatedLineSnapshot>();
			stock.lines().forEach(it -> copy.put(it.key(), it));
			return copy;
		}

		private static BigDecimal sum(List<AllocatedLineSnapshot> lines,
				java.util.function.Function<AllocatedLineSnapshot, BigDecimal> amount) {
			return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		private static String orderId(int order) {
			return "O-" + order;
		}

		private static OrderLineRequest[] requests(List<Line> lines) {
			var byNumber = new LinkedHashMap<Integer, OrderLineRequest>();
			lines.forEach(it -> byNumber.putIfAbsent(it.number(), it.request()));
			return byNumber.values().toArray(OrderLineRequest[]::new);
		}
	}
}

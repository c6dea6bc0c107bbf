package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

/**
 * Allocation rules without a database: reserve what is free, backorder the rest oldest first, change and cancel,
 * rebalance when on hand moves, refuse what cannot be allocated, and tell only the lines whose state changed.
 */
class AllocatorTest {

	static final Sku WIDGET = new Sku("WIDGET-1");
	static final Sku GADGET = new Sku("GADGET-2");
	static final PositionKey MAIN_WIDGET = new PositionKey("MAIN", WIDGET);
	static final PositionKey MAIN_GADGET = new PositionKey("MAIN", GADGET);
	static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);

	private final InMemoryStock stock = new InMemoryStock("MAIN", "WH-2");

	@Test
	void aLineReservesWhatIsFreeAndIsToldOnceWithVersionOne() {
		stock.receive(MAIN_WIDGET, ea(10));

		var decisions = stock.place("O-1", 1, "MAIN", line(1, WIDGET, 4));

		assertThat(decisions).singleElement().satisfies(decision -> {
			assertThat(decision.orderId()).isEqualTo("O-1");
			assertThat(decision.warehouse()).isEqualTo("MAIN");
			assertThat(decision.reserved()).singleElement().satisfies(line -> {
				assertThat(line.reserved()).isEqualByComparingTo("4");
				assertThat(line.version()).isEqualTo(1);
			});
			assertThat(decision.backordered()).isEmpty();
			assertThat(decision.refused()).isEmpty();
		});
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("4");
		assertThat(stock.position(MAIN_WIDGET).free()).isEqualByComparingTo("6");
	}

	@Test
	void whatIsNotFreeIsBackorderedWithoutAPromiseWhenNothingIsExpected() {
		stock.receive(MAIN_WIDGET, ea(5));

		var decision = stock.place("O-1", 1, "MAIN", line(1, WIDGET, 8)).get(0);

		assertThat(decision.reserved()).isEmpty();
		assertThat(decision.backordered()).singleElement().satisfies(line -> {
			assertThat(line.reserved()).isEqualByComparingTo("5");
			assertThat(line.backordered()).isEqualByComparingTo("3");
			assertThat(line.promiseDate()).isNull();
		});
		assertThat(stock.position(MAIN_WIDGET).backordered()).isEqualByComparingTo("3");
	}

	@Test
	void receivedStockFillsTheOldestBackorderFirst() {
		stock.receive(MAIN_WIDGET, ea(0));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 5));
		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 5));

		var decisions = stock.receive(MAIN_WIDGET, ea(7));

		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("5");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("2");
		assertThat(stock.line("O-2", 1).backordered()).isEqualByComparingTo("3");
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactly("O-1", "O-2");
		assertThat(decisions.get(0).reserved()).singleElement().extracting(AllocatedLineSnapshot::version).isEqualTo(2L);
		assertThat(decisions.get(1).backordered()).singleElement().extracting(AllocatedLineSnapshot::version)
			.isEqualTo(2L);
	}

	@Test
	void aNewOrderDoesNotJumpTheQueueOfWaitingLines() {
		stock.receive(MAIN_WIDGET, ea(2));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 5));

		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 1));
		stock.receive(MAIN_WIDGET, ea(3));

		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("5");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("0");
		assertThat(stock.line("O-2", 1).backordered()).isEqualByComparingTo("1");
	}

	@Test
	void aSmallerQuantityGivesBackBackorderFirstThenReservation() {
		stock.receive(MAIN_WIDGET, ea(6));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 10));

		stock.place("O-1", 2, "MAIN", line(1, WIDGET, 7));
		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("6");
		assertThat(stock.line("O-1", 1).backordered()).isEqualByComparingTo("1");

		var decision = stock.place("O-1", 3, "MAIN", line(1, WIDGET, 4)).get(0);
		assertThat(decision.reserved()).singleElement().satisfies(line -> {
			assertThat(line.reserved()).isEqualByComparingTo("4");
			assertThat(line.version()).isEqualTo(3);
		});
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("4");
		assertThat(stock.position(MAIN_WIDGET).backordered()).isEqualByComparingTo("0");
	}

	@Test
	void aChangeReleasesRemovedLinesAddsNewOnesAndTheFreedStockGoesToTheOldestWaitingLine() {
		stock.receive(MAIN_WIDGET, ea(4));
		stock.receive(MAIN_GADGET, ea(10));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 4));
		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 3));

		var decisions = stock.place("O-1", 2, "MAIN", line(2, GADGET, 2));

		assertThat(stock.line("O-1", 1).released()).isTrue();
		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("0");
		assertThat(stock.line("O-1", 2).reserved()).isEqualByComparingTo("2");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("3");
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactlyInAnyOrder("O-1", "O-2");
		assertThat(decisions).filteredOn(it -> it.orderId().equals("O-1"))
			.singleElement()
			.satisfies(it -> assertThat(it.reserved()).extracting(line -> line.key().lineNumber()).containsExactly(2));
	}

	@Test
	void aRepeatedOrOlderRevisionChangesNothing() {
		stock.receive(MAIN_WIDGET, ea(10));
		stock.place("O-1", 2, "MAIN", line(1, WIDGET, 4));

		assertThat(stock.place("O-1", 2, "MAIN", line(1, WIDGET, 9))).isEmpty();
		assertThat(stock.place("O-1", 1, "MAIN", line(1, WIDGET, 1))).isEmpty();
		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("4");
		assertThat(stock.line("O-1", 1).version()).isEqualTo(1);
	}

	@Test
	void aCancelledOrderReleasesEverythingAndLaterRevisionsChangeNothing() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 5));
		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 2));

		var decisions = stock.cancel("O-1", 2);

		assertThat(stock.line("O-1", 1).released()).isTrue();
		assertThat(stock.line("O-1", 1).version()).isEqualTo(2);
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactly("O-2");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("2");
		assertThat(stock.cancel("O-1", 2)).isEmpty();
		assertThat(stock.place("O-1", 3, "MAIN", line(1, WIDGET, 1))).isEmpty();
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("2");
	}

	@Test
	void aCancellationBeforeThePlacementKeepsTheOrderFromBeingAllocated() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.cancel("O-1", 1);

		assertThat(stock.place("O-1", 1, "MAIN", line(1, WIDGET, 5))).isEmpty();
		assertThat(stock.position(MAIN_WIDGET).free()).isEqualByComparingTo("5");
	}

	@Test
	void whenOnHandFallsBelowWhatIsReservedTheNewestReservationsWaitAgain() {
		stock.receive(MAIN_WIDGET, ea(10));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 4));
		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 3));
		stock.place("O-3", 1, "MAIN", line(1, WIDGET, 3));

		var decisions = stock.adjust(MAIN_WIDGET, -5);

		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("4");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("1");
		assertThat(stock.line("O-2", 1).backordered()).isEqualByComparingTo("2");
		assertThat(stock.line("O-3", 1).reserved()).isEqualByComparingTo("0");
		assertThat(stock.line("O-3", 1).backordered()).isEqualByComparingTo("3");
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactly("O-2", "O-3");
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("5");
	}

	@Test
	void aFeedCountBelowReservationsRebalancesToo() {
		stock.set(MAIN_WIDGET, ea(6));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 6));

		stock.set(MAIN_WIDGET, ea(2));

		assertThat(stock.line("O-1", 1).reserved()).isEqualByComparingTo("2");
		assertThat(stock.line("O-1", 1).backordered()).isEqualByComparingTo("4");
	}

	@Test
	void aDispatchConsumesTheLinesReservationWithoutADecision() {
		stock.receive(MAIN_WIDGET, ea(10));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 4));

		var decisions = stock.dispatch("O-1", "MAIN", new OrderLineMovement(1, WIDGET, ea(4)));

		assertThat(decisions).isEmpty();
		assertThat(stock.position(MAIN_WIDGET).onHand()).isEqualByComparingTo("6");
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("0");
		assertThat(stock.position(MAIN_WIDGET).dispatched()).isEqualByComparingTo("4");
		assertThat(stock.line("O-1", 1).dispatched()).isEqualByComparingTo("4");
		assertThat(stock.line("O-1", 1).open()).isEqualByComparingTo("0");
	}

	@Test
	void aDispatchBeyondTheReservationTakesFreeStockAndTheNewestReservationWaits() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 2));
		stock.place("O-2", 1, "MAIN", line(1, WIDGET, 3));

		var decisions = stock.dispatch("O-1", "MAIN", new OrderLineMovement(1, WIDGET, ea(4)));

		assertThat(stock.position(MAIN_WIDGET).onHand()).isEqualByComparingTo("1");
		assertThat(stock.line("O-2", 1).reserved()).isEqualByComparingTo("1");
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactly("O-2");
	}

	@Test
	void aDispatchOfALineTheOrderDoesNotHaveIsRefused() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 2));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> stock.dispatch("O-1", "MAIN", new OrderLineMovement(2, WIDGET, ea(1))))
			.withMessageContaining("no line 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> stock.dispatch("O-1", "MAIN", new OrderLineMovement(1, GADGET, ea(1))));
	}

	@Test
	void linesThatCannotBeAllocatedAreRefusedWithAReasonInWords() {
		stock.receive(MAIN_WIDGET, ea(5));

		var decision = stock.place("O-1", 1, "MAIN", line(1, WIDGET, Quantity.of(1, new UnitOfMeasure("CA"))),
				line(2, new Sku("NEVER-SEEN"), ea(1)), line(3, WIDGET, ea(2))).get(0);
		var elsewhere = stock.place("O-2", 1, "NOWHERE", line(1, WIDGET, ea(1))).get(0);

		assertThat(decision.refused()).extracting(it -> it.refusal().reason())
			.containsExactly(RefusalReason.UNIT_MISMATCH, RefusalReason.UNKNOWN_SKU);
		assertThat(decision.refused().get(0).refusal().message()).contains("kept in EA", "asks for CA");
		assertThat(decision.refused().get(1).refusal().message()).contains("NEVER-SEEN");
		assertThat(decision.reserved()).extracting(it -> it.key().lineNumber()).containsExactly(3);
		assertThat(elsewhere.refused()).singleElement()
			.satisfies(it -> assertThat(it.refusal().reason()).isEqualTo(RefusalReason.UNKNOWN_WAREHOUSE));
		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("2");
	}

	@Test
	void aRefusedLineIsAllocatedOnceAChangeFixesItAndARepeatedRefusalIsNotToldAgain() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, Quantity.of(1, new UnitOfMeasure("CA"))));

		assertThat(stock.place("O-1", 2, "MAIN", line(1, WIDGET, Quantity.of(2, new UnitOfMeasure("CA"))))).isEmpty();
		var decision = stock.place("O-1", 3, "MAIN", line(1, WIDGET, ea(3))).get(0);

		assertThat(decision.reserved()).singleElement().satisfies(line -> {
			assertThat(line.reserved()).isEqualByComparingTo("3");
			assertThat(line.refusal()).isNull();
			assertThat(line.version()).isEqualTo(2);
		});
	}

	@Test
	void aSkuOnlyExpectedInboundIsKnownAndItsLinesWaitForTheInbound() {
		var dc = new PositionKey("WH-2", GADGET);
		stock.expect(dc, new Delivery(ea(20), MAY_4));

		var decision = stock.place("O-1", 1, "WH-2", line(1, GADGET, 5)).get(0);

		assertThat(decision.backordered()).singleElement().satisfies(line -> {
			assertThat(line.backordered()).isEqualByComparingTo("5");
			assertThat(line.promiseDate()).isEqualTo(MAY_4);
		});
	}

	@Test
	void aLineMovedToAnotherSkuLeavesItsOldPosition() {
		stock.receive(MAIN_WIDGET, ea(5));
		stock.receive(MAIN_GADGET, ea(5));
		stock.place("O-1", 1, "MAIN", line(1, WIDGET, 3));

		stock.place("O-1", 2, "MAIN", line(1, GADGET, 4));

		assertThat(stock.position(MAIN_WIDGET).reserved()).isEqualByComparingTo("0");
		assertThat(stock.position(MAIN_GADGET).reserved()).isEqualByComparingTo("4");
		assertThat(stock.line("O-1", 1).sku()).isEqualTo(GADGET);
	}

	static OrderLineRequest line(int number, Sku sku, long amount) {
		return line(number, sku, ea(amount));
	}

	static OrderLineRequest line(int number, Sku sku, Quantity quantity) {
		return new OrderLineRequest(number, sku, quantity);
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

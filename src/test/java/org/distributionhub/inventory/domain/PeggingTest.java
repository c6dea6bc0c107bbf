package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.inventory.domain.AllocatorTest.WIDGET;
import static org.distributionhub.inventory.domain.AllocatorTest.ea;
import static org.distributionhub.inventory.domain.AllocatorTest.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backorders pegged oldest first against dated expected inbound: several dates, undated and other-unit inbound that
 * promise nothing, a cut quantity and a moved date that re-promise only the lines whose promise moved.
 */
class PeggingTest {

	static final PositionKey DC = new PositionKey("DC-EAST", WIDGET);
	static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	static final LocalDate MAY_11 = LocalDate.of(2027, 5, 11);
	static final LocalDate MAY_18 = LocalDate.of(2027, 5, 18);

	private final InMemoryStock stock = new InMemoryStock("DC-EAST");

	@BeforeEach
	void nothingOnHand() {
		stock.receive(DC, ea(0));
	}

	@Test
	void backordersArePromisedTheFirstDateWhoseInboundCoversThemAndEveryOlderOne() {
		stock.expect(DC, on(4, MAY_4), on(10, MAY_11));

		stock.place("A", 1, "DC-EAST", line(1, WIDGET, 3));
		stock.place("B", 1, "DC-EAST", line(1, WIDGET, 3));
		stock.place("C", 1, "DC-EAST", line(1, WIDGET, 8));
		stock.place("D", 1, "DC-EAST", line(1, WIDGET, 1));

		assertThat(promiseOf("A")).isEqualTo(MAY_4);
		assertThat(promiseOf("B")).isEqualTo(MAY_11);
		assertThat(promiseOf("C")).isEqualTo(MAY_11);
		assertThat(promiseOf("D")).as("16 wanted, 14 expected").isNull();
	}

	@Test
	void undatedInboundAndInboundInAnotherUnitPromiseNothing() {
		stock.expect(DC, new Delivery(ea(50), null), new Delivery(Quantity.of(9, new UnitOfMeasure("CA")), MAY_4));

		var decision = stock.place("A", 1, "DC-EAST", line(1, WIDGET, 3)).get(0);

		assertThat(decision.backordered()).singleElement().satisfies(it -> {
			assertThat(it.promiseDate()).isNull();
			assertThat(it.backordered()).isEqualByComparingTo("3");
		});
	}

	@Test
	void aCutQuantityTakesThePromiseOfTheNewestLinesOnly() {
		stock.expect(DC, on(10, MAY_4));
		stock.place("A", 1, "DC-EAST", line(1, WIDGET, 6));
		stock.place("B", 1, "DC-EAST", line(1, WIDGET, 4));

		var decisions = stock.expect(DC, on(6, MAY_4));

		assertThat(promiseOf("A")).isEqualTo(MAY_4);
		assertThat(promiseOf("B")).isNull();
		assertThat(decisions).singleElement().satisfies(it -> {
			assertThat(it.orderId()).isEqualTo("B");
			assertThat(it.backordered()).singleElement().satisfies(line -> {
				assertThat(line.promiseDate()).isNull();
				assertThat(line.version()).isEqualTo(2);
			});
		});
	}

	@Test
	void aMovedDateMovesThePromisesPeggedToIt() {
		stock.expect(DC, on(5, MAY_4), on(5, MAY_11));
		stock.place("A", 1, "DC-EAST", line(1, WIDGET, 5));
		stock.place("B", 1, "DC-EAST", line(1, WIDGET, 5));

		var decisions = stock.expect(DC, on(5, MAY_18), on(5, MAY_11));

		assertThat(promiseOf("A")).isEqualTo(MAY_11);
		assertThat(promiseOf("B")).isEqualTo(MAY_18);
		assertThat(decisions).extracting(OrderDecision::orderId).containsExactly("A", "B");
		assertThat(stock.expect(DC, on(5, MAY_18), on(5, MAY_11))).as("the same inbound again").isEmpty();
	}

	@Test
	void aReservationTakesAWaitingLineOutOfThePeggingAndTheNextMovesUp() {
		stock.expect(DC, on(5, MAY_4), on(5, MAY_18));
		stock.place("A", 1, "DC-EAST", line(1, WIDGET, 5));
		stock.place("B", 1, "DC-EAST", line(1, WIDGET, 5));

		stock.receive(DC, ea(5));

		var a = stock.line("A", 1);
		assertThat(a.reserved()).isEqualByComparingTo("5");
		assertThat(a.promiseDate()).isNull();
		assertThat(promiseOf("B")).isEqualTo(MAY_4);
	}

	@Test
	void availableToPromiseIsFreeStockThenWhatEachInboundDateHasLeftAfterTheBackorders() {
		var pegging = Pegging.of(List.of(on(4, MAY_11), on(4, MAY_4), new Delivery(ea(7), null), on(6, MAY_18)),
				UnitOfMeasure.EACH);

		assertThat(pegging.availableToPromise(BigDecimal.ZERO, BigDecimal.valueOf(6))).containsExactly(
				new Pegging.Available(null, BigDecimal.ZERO), new Pegging.Available(MAY_4, BigDecimal.ZERO),
				new Pegging.Available(MAY_11, BigDecimal.valueOf(2)), new Pegging.Available(MAY_18, BigDecimal.valueOf(6)));
		assertThat(pegging.availableToPromise(BigDecimal.valueOf(3), BigDecimal.ZERO)).extracting(Pegging.Available::amount)
			.containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(4), BigDecimal.valueOf(6));
	}

	private LocalDate promiseOf(String orderId) {
		return stock.line(orderId, 1).promiseDate();
	}

	private static Delivery on(long amount, LocalDate date) {
		return new Delivery(ea(amount), date);
	}
}

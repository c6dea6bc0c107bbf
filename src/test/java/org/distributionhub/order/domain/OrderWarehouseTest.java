package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.order.domain.OrderFixtures.DEC_4;
import static org.distributionhub.order.domain.OrderFixtures.T0;
import static org.distributionhub.order.domain.OrderFixtures.backordered;
import static org.distributionhub.order.domain.OrderFixtures.dispatch;
import static org.distributionhub.order.domain.OrderFixtures.ea;
import static org.distributionhub.order.domain.OrderFixtures.line;
import static org.distributionhub.order.domain.OrderFixtures.order;
import static org.distributionhub.order.domain.OrderFixtures.outcomes;
import static org.distributionhub.order.domain.OrderFixtures.pick;
import static org.distributionhub.order.domain.OrderFixtures.reserved;
import static org.distributionhub.order.domain.OrderFixtures.shipment;

import java.time.Duration;
import java.util.List;

import org.distributionhub.order.domain.OrderOutcome.InvoiceReady;
import org.distributionhub.order.domain.OrderOutcome.ShipmentReleased;
import org.junit.jupiter.api.Test;

/** Picks and dispatches: a dispatch is released only when picks and final allocation cover it, else held. */
class OrderWarehouseTest {

	private final CustomerOrder order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5), OrderFixtures.line(2, 3));

	@Test
	void aDispatchCoveredByPicksAndReservationsIsReleasedAtOnce() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);
		assertThat(order.state()).isEqualTo(OrderState.PICKING);

		assertThat(order.dispatch(dispatch("SHP-1", 1, 5), T0)).isTrue();

		assertThat(shipment(order, "SHP-1").held()).isFalse();
		assertThat(line(order, 1).shipped()).isEqualTo(ea(5));
		assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_SHIPPED);
		assertThat(outcomes(order.pullOutcomes(), ShipmentReleased.class)).extracting(ShipmentReleased::shipmentId)
			.containsExactly("SHP-1");
	}

	@Test
	void aDispatchBeforeItsPickIsHeldAndTheLaterPickReleasesIt() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);

		order.dispatch(dispatch("SHP-1", 2, 3), T0);

		assertThat(shipment(order, "SHP-1").held()).isTrue();
		assertThat(shipment(order, "SHP-1").hold().reason()).isEqualTo("waiting for pick confirmation of line 2");
		assertThat(order.waitingFor()).isEqualTo("pick confirmation for shipment SHP-1");
		assertThat(order.heldSince()).isEqualTo(T0);
		assertThat(outcomes(order.pullOutcomes(), ShipmentReleased.class)).isEmpty();

		order.confirmPick(pick("P-1", 2, 3), T0.plusSeconds(60));

		assertThat(shipment(order, "SHP-1").held()).isFalse();
		assertThat(shipment(order, "SHP-1").releasedAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(order.heldSince()).isNull();
		assertThat(outcomes(order.pullOutcomes(), ShipmentReleased.class)).singleElement()
			.satisfies(it -> assertThat(it.dispatchedAt()).isEqualTo(T0));
	}

	@Test
	void aDispatchOverWhatIsPickedIsHeldUntilPicksCoverIt() {
		order.recordAllocation(List.of(reserved(1, 5, 1)), T0);
		order.confirmPick(pick("P-1", 1, 3), T0);

		order.dispatch(dispatch("SHP-1", 1, 5), T0);

		assertThat(shipment(order, "SHP-1").hold().reason()).isEqualTo("dispatch of 5 exceeds the 3 picked on line 1");
		order.confirmPick(pick("P-2", 1, 2), T0);
		assertThat(shipment(order, "SHP-1").held()).isFalse();
		assertThat(line(order, 1).picked()).isEqualTo(ea(5));
	}

	@Test
	void aDispatchOfALineWhoseAllocationIsNotFinalIsHeldUntilItIs() {
		order.recordAllocation(List.of(backordered(1, 2, 3, DEC_4, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);

		order.dispatch(dispatch("SHP-1", 1, 5), T0);

		assertThat(shipment(order, "SHP-1").hold().reason()).isEqualTo("waiting for allocation of line 1");
		assertThat(order.waitingFor()).contains("allocation for shipment SHP-1");
		order.recordAllocation(List.of(reserved(1, 5, 2)), T0);
		assertThat(shipment(order, "SHP-1").held()).isFalse();
	}

	@Test
	void thePartOfABackorderThatIsReservedMayShip() {
		order.recordAllocation(List.of(backordered(1, 2, 3, DEC_4, 1), reserved(2, 3, 1)), T0);
		order.confirmPick(pick("P-1", 1, 2), T0);

		order.dispatch(dispatch("SHP-1", 1, 2), T0);

		assertThat(shipment(order, "SHP-1").held()).isFalse();
		assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_SHIPPED);
	}

	@Test
	void theSamePickOrDispatchAgainChangesNothing() {
		order.recordAllocation(List.of(reserved(1, 5, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);
		order.pullOutcomes();

		assertThat(order.confirmPick(pick("P-1", 1, 5), T0)).isFalse();
		assertThat(order.dispatch(dispatch("SHP-1", 1, 5), T0)).isFalse();
		assertThat(order.dispatch(new Dispatch("WMS-SHP-1", "SHP-OTHER", dispatch("x", 1, 5).lines(), null, null, T0),
				T0)).as("the same warehouse message under another shipment id").isFalse();

		assertThat(line(order, 1).picked()).isEqualTo(ea(5));
		assertThat(line(order, 1).shipped()).isEqualTo(ea(5));
		assertThat(order.pullOutcomes()).isEmpty();
	}

	@Test
	void aDispatchHeldPastTheLimitIsFlaggedOnceAndNeedsAttention() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);
		Duration limit = Duration.ofMinutes(30);

		assertThat(order.flagHeldDispatches(T0.plus(Duration.ofMinutes(29)), limit)).isEmpty();
		assertThat(order.flagHeldDispatches(T0.plus(limit), limit)).containsExactly("SHP-1");
		assertThat(order.flagHeldDispatches(T0.plus(Duration.ofHours(2)), limit)).isEmpty();

		assertThat(order.flagged()).isTrue();
		assertThat(order.state()).isEqualTo(OrderState.NEEDS_ATTENTION);
		assertThat(shipment(order, "SHP-1").flaggedAt()).isEqualTo(T0.plus(limit));
		assertThat(order.unflaggedHeldSince()).isNull();
		assertThat(order.heldSince()).isEqualTo(T0);

		order.confirmPick(pick("P-1", 1, 5), T0.plus(Duration.ofHours(1)));
		assertThat(order.flagged()).as("a released shipment is no longer flagged").isFalse();
	}

	@Test
	void perShipmentEachReleasedShipmentIsInvoicedOnItsOwn() {
		var perShipment = order(Invoicing.PER_SHIPMENT, OrderFixtures.line(1, 5), OrderFixtures.line(2, 3));
		perShipment.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);
		perShipment.dispatch(dispatch("SHP-1", 1, 5), T0);
		assertThat(outcomes(perShipment.pullOutcomes(), InvoiceReady.class)).as("not before its release").isEmpty();

		perShipment.confirmPick(pick("P-1", 1, 5), T0);
		var first = outcomes(perShipment.pullOutcomes(), InvoiceReady.class);
		perShipment.confirmPick(pick("P-2", 2, 3), T0);
		perShipment.dispatch(dispatch("SHP-2", 2, 3), T0);
		var second = outcomes(perShipment.pullOutcomes(), InvoiceReady.class);

		assertThat(first).singleElement().satisfies(it -> {
			assertThat(it.invoiceReference()).isEqualTo("web:1001/INV-1");
			assertThat(it.shipmentIds()).containsExactly("SHP-1");
			assertThat(it.lines()).singleElement().satisfies(line -> {
				assertThat(line.quantity()).isEqualTo(ea(5));
				assertThat(line.unitPrice()).isEqualTo(org.distributionhub.shared.Money.of("12.50", "EUR"));
			});
		});
		assertThat(second).singleElement().satisfies(it -> {
			assertThat(it.invoiceReference()).isEqualTo("web:1001/INV-2");
			assertThat(it.shipmentIds()).containsExactly("SHP-2");
		});
		assertThat(perShipment.state()).isEqualTo(OrderState.SHIPPED);
		assertThat(shipment(perShipment, "SHP-2").invoiceReference()).isEqualTo("web:1001/INV-2");
	}

	@Test
	void perOrderOneInvoiceBillsEveryShipmentOnceAllIsShipped() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);
		assertThat(outcomes(order.pullOutcomes(), InvoiceReady.class)).isEmpty();

		order.dispatch(dispatch("SHP-2", 2, 3), T0);
		assertThat(outcomes(order.pullOutcomes(), InvoiceReady.class)).as("SHP-2 is held, so nothing is billed")
			.isEmpty();
		order.confirmPick(pick("P-2", 2, 3), T0);

		assertThat(outcomes(order.pullOutcomes(), InvoiceReady.class)).singleElement().satisfies(it -> {
			assertThat(it.invoiceReference()).isEqualTo("web:1001/INV-1");
			assertThat(it.shipmentIds()).containsExactly("SHP-1", "SHP-2");
			assertThat(it.lines()).extracting(OrderOutcome.InvoicedLine::quantity).containsExactly(ea(5), ea(3));
		});
		assertThat(order.state()).isEqualTo(OrderState.SHIPPED);
		assertThat(order.waitingFor()).isNull();
	}

	@Test
	void aDispatchForACancelledOrderIsHeldForSomeoneToDecide() {
		order.cancel("duplicate order", T0);

		order.dispatch(dispatch("SHP-1", 1, 5), T0);

		assertThat(shipment(order, "SHP-1").hold().reason()).isEqualTo("the order is cancelled");
		assertThat(order.heldDispatches()).isEqualTo(1);
	}
}

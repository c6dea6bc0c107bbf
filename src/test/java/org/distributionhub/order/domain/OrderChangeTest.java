package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.distributionhub.order.domain.OrderFixtures.DEC_4;
import static org.distributionhub.order.domain.OrderFixtures.T0;
import static org.distributionhub.order.domain.OrderFixtures.backordered;
import static org.distributionhub.order.domain.OrderFixtures.content;
import static org.distributionhub.order.domain.OrderFixtures.dispatch;
import static org.distributionhub.order.domain.OrderFixtures.ea;
import static org.distributionhub.order.domain.OrderFixtures.line;
import static org.distributionhub.order.domain.OrderFixtures.order;
import static org.distributionhub.order.domain.OrderFixtures.outcomes;
import static org.distributionhub.order.domain.OrderFixtures.pick;
import static org.distributionhub.order.domain.OrderFixtures.reserved;

import java.util.List;

import org.distributionhub.order.domain.OrderOutcome.InvoiceReady;
import org.distributionhub.shared.Money;
import org.junit.jupiter.api.Test;

/** Changes and cancellations from the channel, and what the order refuses. */
class OrderChangeTest {

	private final CustomerOrder order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5), OrderFixtures.line(2, 3));

	@Test
	void theSameContentIsNoChange() {
		assertThat(order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(2, 3), OrderFixtures.line(1, 5)), T0))
			.isFalse();
		assertThat(order.revision()).isEqualTo(1);
	}

	@Test
	void anotherQuantityWaitsForANewDecisionAndAnotherPriceDoesNot() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);

		var repriced = new OrderedLine(2, OrderFixtures.sku(2), ea(3), Money.of("11.00", "EUR"));
		assertThat(order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 7), repriced), T0)).isTrue();

		assertThat(order.revision()).isEqualTo(2);
		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.PENDING);
		assertThat(line(order, 1).ordered()).isEqualTo(ea(7));
		assertThat(line(order, 2).allocation()).isEqualTo(Allocation.RESERVED);
		assertThat(line(order, 2).unitPrice()).isEqualTo(Money.of("11.00", "EUR"));
		assertThat(order.waitingFor()).isEqualTo("allocation of line 1");
	}

	@Test
	void aRemovedLineIsCancelledAndIgnoresLaterAnswers() {
		assertThat(order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 5)), T0)).isTrue();

		assertThat(line(order, 2).allocation()).isEqualTo(Allocation.CANCELLED);
		assertThat(order.content().lines()).extracting(OrderedLine::lineNumber).containsExactly(1);
		assertThat(order.recordAllocation(List.of(reserved(2, 3, 5)), T0)).isFalse();
	}

	@Test
	void noLineGoesBelowWhatIsPickedOrDispatchedNorLeavesOnceTouched() {
		order.recordAllocation(List.of(reserved(1, 5, 1), reserved(2, 3, 1)), T0);
		order.confirmPick(pick("P-1", 1, 4), T0);
		order.dispatch(dispatch("SHP-1", 2, 2), T0);

		assertThatThrownBy(() -> order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 3),
				OrderFixtures.line(2, 3)), T0))
			.isInstanceOf(OrderRuleViolation.class)
			.hasMessage("Line 1 cannot go below the 4 EA already picked or dispatched");
		assertThatThrownBy(() -> order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 5),
				OrderFixtures.line(2, 1)), T0))
			.hasMessage("Line 2 cannot go below the 2 EA already picked or dispatched");
		assertThatThrownBy(() -> order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(2, 3)), T0))
			.hasMessage("Line 1 cannot be removed: the warehouse has already picked or dispatched it");
		assertThat(order.revision()).isEqualTo(1);
	}

	@Test
	void aChangeThatLeavesOnlyWhatShippedCompletesTheOrderAndBillsIt() {
		order.recordAllocation(List.of(reserved(1, 5, 1), backordered(2, 1, 2, DEC_4, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);
		order.pullOutcomes();

		order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 5)), T0);

		assertThat(order.state()).isEqualTo(OrderState.SHIPPED);
		assertThat(outcomes(order.pullOutcomes(), InvoiceReady.class)).singleElement()
			.satisfies(it -> assertThat(it.shipmentIds()).containsExactly("SHP-1"));
	}

	@Test
	void aCancelledOrAFullyShippedOrderRefusesChanges() {
		var shipped = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5));
		shipped.recordAllocation(List.of(reserved(1, 5, 1)), T0);
		shipped.confirmPick(pick("P-1", 1, 5), T0);
		shipped.dispatch(dispatch("SHP-1", 1, 5), T0);
		order.cancel("no longer needed", T0);

		assertThatThrownBy(() -> shipped.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 6)), T0))
			.hasMessage("Order web:1001 is shipped in full; it cannot change");
		assertThatThrownBy(() -> order.change(content(Invoicing.PER_ORDER, OrderFixtures.line(1, 6)), T0))
			.hasMessage("Order web:1001 is cancelled; it cannot change");
	}

	@Test
	void theWarehouseNeverChangesAndTheCustomerNotOnceSomethingShipped() {
		assertThatThrownBy(() -> order.change(new OrderContent("C-42", "WH-2", Invoicing.PER_ORDER,
				List.of(OrderFixtures.line(1, 5), OrderFixtures.line(2, 3))), T0))
			.isInstanceOf(OrderRuleViolation.class);
		order.recordAllocation(List.of(reserved(1, 5, 1)), T0);
		order.confirmPick(pick("P-1", 1, 5), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);

		assertThatThrownBy(() -> order.change(new OrderContent("C-43", "MAIN", Invoicing.PER_ORDER,
				List.of(OrderFixtures.line(1, 5), OrderFixtures.line(2, 3))), T0))
			.hasMessage("The customer and invoicing of order web:1001 cannot change once something has shipped");
	}

	@Test
	void cancellingTwiceChangesNothingTheSecondTime() {
		assertThat(order.cancel("customer asked", T0)).isTrue();
		assertThat(order.cancel("customer asked again", T0)).isFalse();

		assertThat(order.revision()).isEqualTo(2);
		assertThat(order.snapshot().cancelReason()).isEqualTo("customer asked");
		assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
	}

	@Test
	void anOrderWithADispatchCannotBeCancelledButOneMerelyPickedCan() {
		var picked = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5));
		picked.confirmPick(pick("P-1", 1, 5), T0);
		order.dispatch(dispatch("SHP-1", 1, 5), T0);

		assertThatThrownBy(() -> order.cancel("too late", T0))
			.hasMessage("Order web:1001 cannot be cancelled: shipment SHP-1 was dispatched");
		assertThat(picked.cancel("in time", T0)).isTrue();
	}
}

package org.distributionhub.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.order.domain.OrderFixtures.DEC_11;
import static org.distributionhub.order.domain.OrderFixtures.DEC_4;
import static org.distributionhub.order.domain.OrderFixtures.T0;
import static org.distributionhub.order.domain.OrderFixtures.backordered;
import static org.distributionhub.order.domain.OrderFixtures.ea;
import static org.distributionhub.order.domain.OrderFixtures.line;
import static org.distributionhub.order.domain.OrderFixtures.noInbound;
import static org.distributionhub.order.domain.OrderFixtures.order;
import static org.distributionhub.order.domain.OrderFixtures.outcomes;
import static org.distributionhub.order.domain.OrderFixtures.refused;
import static org.distributionhub.order.domain.OrderFixtures.reserved;

import java.util.List;

import org.distributionhub.order.domain.OrderOutcome.PromiseMoved;
import org.junit.jupiter.api.Test;

/** Allocation answers on an order: newest version per line wins, promises are told when they change. */
class OrderAllocationTest {

	@Test
	void aNewOrderWaitsForAllocationOfEveryLine() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5), OrderFixtures.line(2, 3));

		assertThat(order.state()).isEqualTo(OrderState.PLACED);
		assertThat(order.waitingFor()).isEqualTo("allocation");
		assertThat(order.revision()).isEqualTo(1);
		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.PENDING);
	}

	@Test
	void aPlainReservationIsKeptButNotToldToTheOms() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5), OrderFixtures.line(2, 3));

		assertThat(order.recordAllocation(List.of(reserved(1, 5, 1)), T0)).isTrue();
		assertThat(order.waitingFor()).isEqualTo("allocation of line 2");
		order.recordAllocation(List.of(reserved(2, 3, 1)), T0);

		assertThat(order.state()).isEqualTo(OrderState.ALLOCATED);
		assertThat(order.waitingFor()).isNull();
		assertThat(line(order, 1).reserved()).isEqualTo(ea(5));
		assertThat(order.pullOutcomes()).isEmpty();
	}

	@Test
	void aBackorderIsToldWithNoPreviousPromiseTheFirstTime() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 5), OrderFixtures.line(2, 10));

		order.recordAllocation(List.of(reserved(1, 5, 1), backordered(2, 4, 6, DEC_4, 1)), T0);

		assertThat(order.state()).isEqualTo(OrderState.BACKORDERED);
		assertThat(order.waitingFor()).isEqualTo("inbound on 2026-12-04 for line 2");
		assertThat(order.promiseDate()).isEqualTo(DEC_4);
		var told = outcomes(order.pullOutcomes(), PromiseMoved.class);
		assertThat(told).singleElement().satisfies(it -> {
			assertThat(it.lineNumber()).isEqualTo(2);
			assertThat(it.previous()).isNull();
			assertThat(it.current()).isEqualTo(new Promise(Allocation.BACKORDERED, DEC_4));
			assertThat(it.reserved()).isEqualTo(ea(4));
			assertThat(it.backordered()).isEqualTo(ea(6));
		});
	}

	@Test
	void everyLaterChangeIsToldWithWhatWasToldBeforeIncludingBackToReserved() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));
		order.recordAllocation(List.of(backordered(1, 4, 6, DEC_4, 1)), T0);
		order.pullOutcomes();

		order.recordAllocation(List.of(backordered(1, 4, 6, DEC_11, 2)), T0);
		var moved = outcomes(order.pullOutcomes(), PromiseMoved.class);
		assertThat(moved).singleElement().satisfies(it -> {
			assertThat(it.previous()).isEqualTo(new Promise(Allocation.BACKORDERED, DEC_4));
			assertThat(it.current()).isEqualTo(new Promise(Allocation.BACKORDERED, DEC_11));
		});

		order.recordAllocation(List.of(backordered(1, 6, 4, DEC_11, 3)), T0);
		assertThat(order.pullOutcomes()).as("same status and date, other quantities: nothing to tell").isEmpty();

		order.recordAllocation(List.of(reserved(1, 10, 4)), T0);
		assertThat(outcomes(order.pullOutcomes(), PromiseMoved.class)).singleElement().satisfies(it -> {
			assertThat(it.previous()).isEqualTo(new Promise(Allocation.BACKORDERED, DEC_11));
			assertThat(it.current()).isEqualTo(new Promise(Allocation.RESERVED, null));
		});
		assertThat(order.state()).isEqualTo(OrderState.ALLOCATED);
	}

	@Test
	void anOlderOrEqualVersionArrivingLateChangesNothing() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));
		order.recordAllocation(List.of(reserved(1, 10, 3)), T0);

		assertThat(order.recordAllocation(List.of(backordered(1, 4, 6, DEC_4, 2)), T0)).isFalse();
		assertThat(order.recordAllocation(List.of(backordered(1, 4, 6, DEC_4, 3)), T0)).isFalse();

		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.RESERVED);
		assertThat(line(order, 1).allocationVersion()).isEqualTo(3);
		assertThat(order.pullOutcomes()).isEmpty();
	}

	@Test
	void noInboundAndRefusalNeedAttentionAndAreToldInWords() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10), OrderFixtures.line(3, 1));

		order.recordAllocation(List.of(noInbound(1, 0, 10, 1), refused(3, 1)), T0);

		assertThat(order.state()).isEqualTo(OrderState.NEEDS_ATTENTION);
		assertThat(order.waitingFor()).isEqualTo("no inbound for line 1; refused line 3: unknown SKU");
		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.NO_INBOUND);
		assertThat(line(order, 1).promiseDate()).isNull();
		assertThat(line(order, 3).refusal()).isEqualTo(new Refusal("UNKNOWN_SKU", "unknown SKU"));
		assertThat(outcomes(order.pullOutcomes(), PromiseMoved.class)).extracting(it -> it.current().status())
			.containsExactly(Allocation.NO_INBOUND, Allocation.REFUSED);
	}

	@Test
	void aBackorderOfNothingIsAReservation() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));

		order.recordAllocation(List.of(backordered(1, 10, 0, DEC_4, 1)), T0);

		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.RESERVED);
		assertThat(line(order, 1).promiseDate()).isNull();
		assertThat(order.pullOutcomes()).isEmpty();
	}

	@Test
	void answersForACancelledOrderAreIgnored() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));
		order.cancel("customer changed mind", T0);

		assertThat(order.recordAllocation(List.of(backordered(1, 4, 6, DEC_4, 1)), T0)).isFalse();

		assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
		assertThat(order.waitingFor()).isNull();
		assertThat(order.pullOutcomes()).isEmpty();
	}

	@Test
	void answersForUnknownLinesOrAnotherSkuAreIgnored() {
		var order = order(Invoicing.PER_ORDER, OrderFixtures.line(1, 10));

		assertThat(order.recordAllocation(List.of(reserved(7, 1, 1),
				AllocationDecision.reserved(1, new org.distributionhub.shared.Sku("OTHER"), ea(10), 1)), T0))
			.isFalse();
		assertThat(line(order, 1).allocation()).isEqualTo(Allocation.PENDING);
	}

	@Test
	void aStoredOrderReadsBackTheSame() {
		var order = order(Invoicing.PER_SHIPMENT, OrderFixtures.line(1, 10), OrderFixtures.line(2, 2));
		order.recordAllocation(List.of(backordered(1, 4, 6, DEC_4, 1), reserved(2, 2, 1)), T0);
		order.confirmPick(OrderFixtures.pick("P-1", 2, 2), T0);
		order.dispatch(OrderFixtures.dispatch("SHP-1", 1, 1), T0);

		var restored = CustomerOrder.restore(order.snapshot());

		assertThat(restored.snapshot()).isEqualTo(order.snapshot());
		assertThat(restored.waitingFor()).isEqualTo(order.waitingFor());
	}
}

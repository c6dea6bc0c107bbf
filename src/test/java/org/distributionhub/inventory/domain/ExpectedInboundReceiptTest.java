package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.inventory.domain.Inbound.MAY_11;
import static org.distributionhub.inventory.domain.Inbound.MAY_18;
import static org.distributionhub.inventory.domain.Inbound.MAY_4;
import static org.distributionhub.inventory.domain.Inbound.ea;
import static org.distributionhub.inventory.domain.Inbound.issued;
import static org.distributionhub.inventory.domain.Inbound.on;

import org.junit.jupiter.api.Test;

/** Goods the warehouse received are no longer expected: in transit first, then the earliest planned dates. */
class ExpectedInboundReceiptTest {

	@Test
	void aReceiptTakesFromWhatIsInTransitFirstThenFromTheEarliestPlan() {
		var inbound = issued();
		inbound.reschedule(Schedule.of(on(60, MAY_4), on(40, MAY_18)));
		inbound.ship(new Shipment("ASN-1", ea(20), MAY_11));

		var change = inbound.receive(new Receipt("WMS-1", ea(30)));

		assertThat(change.cause()).isEqualTo(ChangeCause.RECEIVED);
		assertThat(change.before()).isEqualTo(Schedule.of(on(40, MAY_4), on(20, MAY_11), on(40, MAY_18)));
		assertThat(inbound.inTransit()).isEqualTo(Schedule.NONE);
		assertThat(inbound.open()).isEqualTo(Schedule.of(on(30, MAY_4), on(40, MAY_18)));
	}

	@Test
	void aLineReceivedInFullExpectsNothingMoreAndTheSameReceiptAgainChangesNothing() {
		var inbound = issued();
		inbound.receive(new Receipt("WMS-1", ea(100)));

		assertThat(inbound.expected()).isEqualTo(Schedule.NONE);
		assertThat(inbound.receive(new Receipt("WMS-1", ea(100))).isEffective()).isFalse();
	}

	@Test
	void aShipNoticeArrivingAfterItsGoodsWereReceivedChangesNothingMore() {
		var received = issued();
		received.receive(new Receipt("WMS-1", ea(30)));
		var noticeFirst = issued();
		noticeFirst.ship(new Shipment("ASN-1", ea(30), MAY_11));
		noticeFirst.receive(new Receipt("WMS-1", ea(30)));

		var change = received.ship(new Shipment("ASN-1", ea(30), MAY_11));

		assertThat(change.isEffective()).isFalse();
		assertThat(received.expected()).isEqualTo(noticeFirst.expected()).isEqualTo(Schedule.of(on(70, MAY_4)));
	}

	@Test
	void aReceiptInAnotherUnitLeavesThePlanAlone() {
		var inbound = issued();

		inbound.receive(new Receipt("WMS-1", org.distributionhub.shared.Quantity.of(1,
				new org.distributionhub.shared.UnitOfMeasure("CA"))));

		assertThat(inbound.expected()).isEqualTo(Schedule.of(on(100, MAY_4)));
	}

	@Test
	void receiptsSurviveTheSnapshot() {
		var inbound = issued();
		inbound.receive(new Receipt("WMS-1", ea(10)));

		assertThat(ExpectedInbound.restore(inbound.snapshot()).expected()).isEqualTo(Schedule.of(on(90, MAY_4)));
	}
}

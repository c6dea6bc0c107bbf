package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.inventory.domain.Inbound.DC;
import static org.distributionhub.inventory.domain.Inbound.MAY_11;
import static org.distributionhub.inventory.domain.Inbound.MAY_18;
import static org.distributionhub.inventory.domain.Inbound.MAY_4;
import static org.distributionhub.inventory.domain.Inbound.SKU;
import static org.distributionhub.inventory.domain.Inbound.ea;
import static org.distributionhub.inventory.domain.Inbound.issued;
import static org.distributionhub.inventory.domain.Inbound.line;
import static org.distributionhub.inventory.domain.Inbound.on;

import org.junit.jupiter.api.Test;

class ExpectedInboundTest {

	@Test
	void anIssuedLineIsExpectedAtItsLocationOnItsRequestedDate() {
		var inbound = ExpectedInbound.unknown(line("1"), SKU, "ANY");

		var change = inbound.issue(1, SKU, DC, on(100, MAY_4));

		assertThat(change.isEffective()).isTrue();
		assertThat(change.before()).isEqualTo(Schedule.NONE);
		assertThat(change.after()).isEqualTo(Schedule.of(on(100, MAY_4)));
		assertThat(change.cause()).isEqualTo(ChangeCause.PO_ISSUED);
		assertThat(change.location()).isEqualTo(DC);
	}

	@Test
	void anAcknowledgementCutsTheQuantity() {
		var change = issued().reschedule(Schedule.of(on(60, MAY_4)));

		assertThat(change.before().deliveries()).containsExactly(on(100, MAY_4));
		assertThat(change.after().deliveries()).containsExactly(on(60, MAY_4));
		assertThat(change.cause()).isEqualTo(ChangeCause.ACKNOWLEDGED);
	}

	@Test
	void anAcknowledgementMovesTheDate() {
		var change = issued().reschedule(Schedule.of(on(100, MAY_11)));

		assertThat(change.after().deliveries()).containsExactly(on(100, MAY_11));
	}

	@Test
	void anAcknowledgementSplitsTheLineOverDatesWithAnUndatedBackorderLast() {
		var change = issued().reschedule(Schedule.of(on(20, null), on(50, MAY_4), on(30, MAY_18)));

		assertThat(change.after().deliveries()).containsExactly(on(50, MAY_4), on(30, MAY_18), on(20, null));
	}

	@Test
	void aSubstitutionMovesTheExpectedInboundToTheSubstitute() {
		var inbound = issued();
		var substitute = new org.distributionhub.shared.Sku("SKU-SUB");

		var changes = inbound.reschedule(Schedule.of(on(20, MAY_11)), substitute);

		assertThat(changes).extracting(ExpectationChange::sku).containsExactly(SKU, substitute);
		assertThat(changes.get(0).after()).isEqualTo(Schedule.NONE);
		assertThat(changes.get(0).before().deliveries()).containsExactly(on(100, MAY_4));
		assertThat(changes.get(1).before()).isEqualTo(Schedule.NONE);
		assertThat(changes.get(1).after().deliveries()).containsExactly(on(20, MAY_11));
		assertThat(inbound.sku()).isEqualTo(substitute);
		assertThat(inbound.reschedule(Schedule.of(on(20, MAY_11)), substitute)).singleElement()
			.satisfies(again -> assertThat(again.isEffective()).isFalse());
	}

	@Test
	void aRejectedLineExpectsNothingMore() {
		var change = issued().reschedule(Schedule.NONE);

		assertThat(change.isEffective()).isTrue();
		assertThat(change.after()).isEqualTo(Schedule.NONE);
	}

	@Test
	void aShipNoticeMovesTheShippedQuantityFromTheEarliestDatesIntoTransit() {
		var inbound = issued();
		inbound.reschedule(Schedule.of(on(60, MAY_4), on(40, MAY_18)));

		var change = inbound.ship(new Shipment("ASN-1", ea(70), MAY_11));

		assertThat(inbound.open().deliveries()).containsExactly(on(30, MAY_18));
		assertThat(inbound.inTransit().deliveries()).containsExactly(on(70, MAY_11));
		assertThat(change.before().deliveries()).containsExactly(on(60, MAY_4), on(40, MAY_18));
		assertThat(change.after().deliveries()).containsExactly(on(70, MAY_11), on(30, MAY_18));
		assertThat(change.cause()).isEqualTo(ChangeCause.SHIP_NOTICE);
	}

	@Test
	void aShipmentArrivingWhenPlannedChangesWhatIsInTransitButNotWhatIsExpected() {
		var inbound = issued();

		var change = inbound.ship(new Shipment("ASN-1", ea(100), MAY_4));

		assertThat(change.isEffective()).isFalse();
		assertThat(inbound.open()).isEqualTo(Schedule.NONE);
		assertThat(inbound.inTransit().deliveries()).containsExactly(on(100, MAY_4));
	}

	@Test
	void aShipNoticeBeforeTheAcknowledgementEndsAsIfItCameAfter() {
		var ackFirst = issued();
		ackFirst.reschedule(Schedule.of(on(60, MAY_11)));
		ackFirst.ship(new Shipment("ASN-1", ea(25), MAY_4));
		var shipFirst = issued();
		shipFirst.ship(new Shipment("ASN-1", ea(25), MAY_4));
		shipFirst.reschedule(Schedule.of(on(60, MAY_11)));

		assertThat(shipFirst.expected()).isEqualTo(ackFirst.expected());
		assertThat(shipFirst.expected().deliveries()).containsExactly(on(25, MAY_4), on(35, MAY_11));
	}

	@Test
	void applyingTheSameFactAgainChangesNothing() {
		var inbound = issued();
		assertThat(inbound.issue(1, SKU, DC, on(100, MAY_4)).isEffective()).as("same revision").isFalse();

		assertThat(inbound.reschedule(Schedule.of(on(60, MAY_11))).isEffective()).isTrue();
		var state = inbound.snapshot();
		assertThat(inbound.reschedule(Schedule.of(on(60, MAY_11))).isEffective()).as("same schedule").isFalse();
		assertThat(inbound.snapshot()).isEqualTo(state);

		assertThat(inbound.ship(new Shipment("ASN-1", ea(10), MAY_4)).isEffective()).isTrue();
		state = inbound.snapshot();
		assertThat(inbound.ship(new Shipment("ASN-1", ea(10), MAY_4)).isEffective()).as("same shipment").isFalse();
		assertThat(inbound.snapshot()).isEqualTo(state);
	}

	@Test
	void anOlderRevisionChangesNothing() {
		var inbound = issued();
		inbound.issue(3, SKU, DC, on(80, MAY_11));

		var change = inbound.issue(2, SKU, DC, on(90, MAY_18));

		assertThat(change.isEffective()).isFalse();
		assertThat(inbound.revision()).isEqualTo(3);
		assertThat(inbound.expected().deliveries()).containsExactly(on(80, MAY_11));
	}

	@Test
	void anAcknowledgementBeforeItsPurchaseOrderIsKeptByTheFirstRevisionAndReplacedByALaterOne() {
		var inbound = ExpectedInbound.unknown(line("1"), SKU, DC);
		inbound.reschedule(Schedule.of(on(60, MAY_11)));

		var first = inbound.issue(1, SKU, DC, on(100, MAY_4));

		assertThat(first.isEffective()).isFalse();
		assertThat(inbound.revision()).isEqualTo(1);
		assertThat(inbound.expected().deliveries()).containsExactly(on(60, MAY_11));

		var second = inbound.issue(2, SKU, DC, on(120, MAY_18));

		assertThat(second.after().deliveries()).containsExactly(on(120, MAY_18));
	}

	@Test
	void aWithdrawnLineExpectsOnlyWhatIsAlreadyInTransit() {
		var inbound = issued();
		inbound.ship(new Shipment("ASN-1", ea(30), MAY_11));

		var change = inbound.withdraw(2);

		assertThat(change.after().deliveries()).containsExactly(on(30, MAY_11));
		assertThat(inbound.withdraw(2).isEffective()).isFalse();
	}

	@Test
	void aSnapshotRestoresTheSameLine() {
		var inbound = issued();
		inbound.reschedule(Schedule.of(on(60, MAY_4), on(40, null)));
		inbound.ship(new Shipment("ASN-1", ea(10), MAY_4));

		var restored = ExpectedInbound.restore(inbound.snapshot());

		assertThat(restored.snapshot()).isEqualTo(inbound.snapshot());
		assertThat(restored.expected()).isEqualTo(inbound.expected());
	}
}

package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.Acknowledgement.LineAnswer;
import org.distributionhub.supplier.procurement.domain.Acknowledgement.Part;
import org.distributionhub.supplier.procurement.domain.LineChange.Outcome;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);
	static final LocalDate LATER = LocalDate.of(2026, 12, 20);
	static final Instant T1 = Instant.parse("2026-11-27T10:00:00Z");
	static final Instant T2 = Instant.parse("2026-11-28T10:00:00Z");

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	static PurchaseOrder order() {
		return new PurchaseOrder(new PurchaseOrderId("acme", "PO-1"), 0, LocalDate.of(2026, 11, 27), "WH1", "USD",
				List.of(new PurchaseOrderLine("1", new Sku("SKU-1"), ea(100), null, REQUESTED, null),
						new PurchaseOrderLine("2", new Sku("SKU-2"), ea(50), null, REQUESTED, null)),
				T1.plusSeconds(86400));
	}

	static Acknowledgement ack(Purpose purpose, Disposition disposition, Instant at, LineAnswer... lines) {
		return new Acknowledgement("PO-1", purpose, disposition, at, List.of(lines));
	}

	static LineAnswer line(String number, Part... parts) {
		return new LineAnswer(number, List.of(parts), null, null, null);
	}

	@Test
	void quantityCutWithCancelPolicyConfirmsSixtyAndCancelsTheRest() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), null))), RemainderPolicy.CANCEL);

		LineChange first = result.changes().get(0);
		assertThat(first.after().schedule()).containsExactly(new Delivery(ea(60), REQUESTED));
		assertThat(first.after().cancelled()).isEqualTo(ea(40));
		assertThat(first.outcomes()).containsExactly(Outcome.QUANTITY_CHANGED);
		assertThat(first.before().confirmed(ea(0))).isEqualTo(ea(100));
		assertThat(first.after().confirmed(ea(0))).isEqualTo(ea(60));
		LineChange second = result.changes().get(1);
		assertThat(second.outcomes()).containsExactly(Outcome.ACCEPTED);
	}

	@Test
	void quantityCutWithBackorderPolicyKeepsTheRestAsUndatedBackorder() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), null))), RemainderPolicy.BACKORDER);

		LineChange first = result.changes().get(0);
		assertThat(first.after().schedule()).containsExactly(new Delivery(ea(60), REQUESTED), new Delivery(ea(40), null));
		assertThat(first.outcomes()).containsExactlyInAnyOrder(Outcome.QUANTITY_CHANGED, Outcome.BACKORDERED);
	}

	@Test
	void rescheduledDateMovesTheWholeLine() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.CHANGE, Disposition.LEAVE_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, null, LATER))), RemainderPolicy.CANCEL);

		assertThat(result.changes()).hasSize(1);
		assertThat(result.changes().get(0).outcomes()).containsExactly(Outcome.DATE_CHANGED);
		assertThat(result.changes().get(0).after().schedule()).containsExactly(new Delivery(ea(100), LATER));
	}

	@Test
	void theSameAcknowledgementTwiceChangesNothingTheSecondTime() {
		PurchaseOrder order = order();
		Acknowledgement ack = ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), LATER)));
		assertThat(order.acknowledge(ack, RemainderPolicy.CANCEL).changedSomething()).isTrue();

		var again = order.acknowledge(ack, RemainderPolicy.CANCEL);
		assertThat(again.kind()).isEqualTo(AcknowledgementResult.Kind.APPLIED);
		assertThat(again.changedSomething()).isFalse();
	}

	@Test
	void theStateVersionGrowsWithEveryChangeOfALineAndOnlyThen() {
		PurchaseOrder order = order();
		assertThat(order.stateVersion()).isZero();
		Acknowledgement first = ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), LATER)));
		order.acknowledge(first, RemainderPolicy.CANCEL);
		assertThat(order.stateVersion()).isEqualTo(1);

		order.acknowledge(first, RemainderPolicy.CANCEL);
		order.acknowledge(ack(Purpose.DUPLICATE, Disposition.ACCEPT_UNLISTED, T2,
				line("1", new Part(LineStatus.REJECTED, null, null))), RemainderPolicy.CANCEL);
		order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1.minusSeconds(60),
				line("1", new Part(LineStatus.ACCEPTED, ea(10), null))), RemainderPolicy.CANCEL);
		assertThat(order.stateVersion()).as("a repeat, a duplicate and an older acknowledgement change nothing")
			.isEqualTo(1);

		order.acknowledge(ack(Purpose.CHANGE, Disposition.LEAVE_UNLISTED, T2,
				line("1", new Part(LineStatus.ACCEPTED, ea(80), LATER))), RemainderPolicy.CANCEL);
		assertThat(order.stateVersion()).isEqualTo(2);
	}

	@Test
	void aDuplicateNeverChangesAnything() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.DUPLICATE, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.REJECTED, null, null))), RemainderPolicy.CANCEL);
		assertThat(result.kind()).isEqualTo(AcknowledgementResult.Kind.DUPLICATE);
		assertThat(order.line("1").orElseThrow().state().acknowledged()).isFalse();
	}

	@Test
	void anOlderAcknowledgementNeverOverwritesANewerOne() {
		PurchaseOrder order = order();
		order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T2,
				line("1", new Part(LineStatus.ACCEPTED, ea(60), null))), RemainderPolicy.CANCEL);

		var older = order.acknowledge(ack(Purpose.REPLACE, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(100), null))), RemainderPolicy.CANCEL);

		assertThat(older.kind()).isEqualTo(AcknowledgementResult.Kind.STALE);
		assertThat(order.line("1").orElseThrow().state().confirmed(ea(0))).isEqualTo(ea(60));
	}

	@Test
	void aChangeLeavesUnlistedLinesAndAReplacementSpeaksForThemAll() {
		PurchaseOrder order = order();
		order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("2", new Part(LineStatus.ACCEPTED, ea(10), null))), RemainderPolicy.CANCEL);

		var change = order.acknowledge(ack(Purpose.CHANGE, Disposition.ACCEPT_UNLISTED, T2,
				line("1", new Part(LineStatus.ACCEPTED, null, LATER))), RemainderPolicy.CANCEL);
		assertThat(change.changes()).extracting(LineChange::lineNumber).containsExactly("1");
		assertThat(order.line("2").orElseThrow().state().confirmed(ea(0))).isEqualTo(ea(10));

		var replace = order.acknowledge(ack(Purpose.REPLACE, Disposition.ACCEPT_UNLISTED, T2.plusSeconds(1)),
				RemainderPolicy.CANCEL);
		assertThat(replace.changes()).extracting(LineChange::lineNumber).containsExactly("1", "2");
		assertThat(order.line("2").orElseThrow().state().confirmed(ea(0))).isEqualTo(ea(50));
	}

	@Test
	void aCancellationWithdrawsEveryLine() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.CANCELLATION, Disposition.LEAVE_UNLISTED, T1),
				RemainderPolicy.CANCEL);
		assertThat(result.changes()).hasSize(2).allSatisfy(change -> {
			assertThat(change.outcomes()).containsExactly(Outcome.CANCELLED);
			assertThat(change.after().schedule()).isEmpty();
		});
	}

	@Test
	void aRejectedOrderRejectsEveryLineNotListed() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.ORIGINAL, Disposition.REJECT_UNLISTED, T1), RemainderPolicy.CANCEL);
		assertThat(result.changes()).allSatisfy(change -> assertThat(change.outcomes()).contains(Outcome.REJECTED));
	}

	@Test
	void partialShipmentWithBalanceBackorderedKeepsTheBalanceUndated() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED_BALANCE_BACKORDERED, ea(30), REQUESTED))),
				RemainderPolicy.CANCEL);
		assertThat(result.changes().get(0).after().schedule()).containsExactly(new Delivery(ea(30), REQUESTED),
				new Delivery(ea(70), null));
	}

	@Test
	void aLineSplitOverTwoDatesIsScheduledOnBoth() {
		PurchaseOrder order = order();
		var result = order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1,
				line("1", new Part(LineStatus.ACCEPTED, ea(40), REQUESTED), new Part(LineStatus.BACKORDERED, ea(60), LATER))),
				RemainderPolicy.CANCEL);
		LineChange change = result.changes().get(0);
		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(40), REQUESTED), new Delivery(ea(60), LATER));
		assertThat(change.outcomes()).contains(Outcome.BACKORDERED).doesNotContain(Outcome.QUANTITY_CHANGED);
	}

	@Test
	void aNewRevisionKeepsWhatTheSupplierSaidOfUnchangedLines() {
		PurchaseOrder order = order();
		order.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1), RemainderPolicy.CANCEL);
		PurchaseOrder revision = new PurchaseOrder(new PurchaseOrderId("acme", "PO-1"), 1, LocalDate.of(2026, 11, 28),
				"WH1", "USD", List.of(new PurchaseOrderLine("1", new Sku("SKU-1"), ea(100), null, REQUESTED, null),
						new PurchaseOrderLine("2", new Sku("SKU-2"), ea(80), null, REQUESTED, null)),
				T2);

		assertThat(order.revise(revision, java.time.Duration.ofHours(48), T2)).isTrue();
		assertThat(order.line("1").orElseThrow().state().acknowledged()).isTrue();
		assertThat(order.line("2").orElseThrow().state().acknowledged()).isFalse();
		assertThat(order.revise(revision, java.time.Duration.ofHours(48), T2)).isFalse();
	}

	@Test
	void overdueIsReportedOnceAndNeverForAnAcknowledgedOrder() {
		PurchaseOrder order = order();
		Instant late = T1.plusSeconds(90000);
		assertThat(order.reportOverdue(T1)).isFalse();
		assertThat(order.reportOverdue(late)).isTrue();
		assertThat(order.reportOverdue(late)).isFalse();

		PurchaseOrder acknowledged = order();
		acknowledged.acknowledge(ack(Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, T1), RemainderPolicy.CANCEL);
		assertThat(acknowledged.reportOverdue(late)).isFalse();
	}
}

package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.procurement.domain.LineChange.Outcome;
import org.distributionhub.supplier.procurement.domain.StatusMeaning.Qualifier;
import org.junit.jupiter.api.Test;

/** Lines answered by several statements at once, as partners' ACK loops do. */
class AckLoopTest {

	static final LocalDate REQUESTED = LocalDate.of(2026, 12, 10);
	static final LocalDate NEW_DATE = LocalDate.of(2027, 1, 15);
	static final LocalDate OTHER_DATE = LocalDate.of(2027, 2, 1);
	static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
	static final Currency USD = Currency.getInstance("USD");

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	static LineStatement statement(LineStatus status, Qualifier qualifier, Quantity quantity, LocalDate date) {
		return new LineStatement(new StatusMeaning(status, qualifier), quantity, date, null, null, null);
	}

	static LineChange apply(long ordered, RemainderPolicy policy, List<LineStatement> statements,
			List<Delivery> schedule) {
		var order = new PurchaseOrder(new PurchaseOrderId("acme", "PO-1"), 0, REQUESTED.minusDays(20), "WH1", "USD",
				List.of(new PurchaseOrderLine("1", new Sku("NAS1149-08"), ea(ordered),
						new Money(new BigDecimal("410.00"), USD), REQUESTED, null)),
				AT.plusSeconds(86400));
		var answer = AckLoop.answer("1", ea(ordered), statements, schedule, null);
		var result = order.acknowledge(new Acknowledgement("PO-1", Purpose.ORIGINAL, Disposition.ACCEPT_UNLISTED, AT,
				List.of(answer)), policy);
		return result.changes().get(0);
	}

	@Test
	void anAerospaceLineWithPriceDateQuantityAndSubstitutionConfirmsTheQuantityOnTheNewDate() {
		var price = new Money(new BigDecimal("395.50"), USD);
		var change = apply(25, RemainderPolicy.CANCEL, List.of(
				new LineStatement(new StatusMeaning(LineStatus.ACCEPTED, Qualifier.PRICE), null, null, price, null, null),
				statement(LineStatus.ACCEPTED, Qualifier.DATE, null, NEW_DATE),
				statement(LineStatus.ACCEPTED, Qualifier.QUANTITY, ea(20), null),
				new LineStatement(new StatusMeaning(LineStatus.SUBSTITUTED, Qualifier.SUBSTITUTION), null, null, null,
						new Sku("NAS1149-08A"), null)),
				List.of());

		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(20), NEW_DATE));
		assertThat(change.after().confirmed(ea(0))).isEqualTo(ea(20));
		assertThat(change.after().cancelled()).isEqualTo(ea(5));
		assertThat(change.after().unitPrice()).isEqualTo(price);
		assertThat(change.after().substitute()).isEqualTo(new Sku("NAS1149-08A"));
		assertThat(change.outcomes()).containsExactlyInAnyOrder(Outcome.QUANTITY_CHANGED, Outcome.DATE_CHANGED,
				Outcome.PRICE_CHANGED, Outcome.SUBSTITUTED);
	}

	@Test
	void quantitiesArePartsOfTheLineEachOnItsOwnDate() {
		var change = apply(100, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.ACCEPTED, Qualifier.NONE, ea(60), NEW_DATE),
						statement(LineStatus.BACKORDERED, Qualifier.NONE, ea(40), null)),
				List.of());

		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(60), NEW_DATE),
				new Delivery(ea(40), null));
		assertThat(change.after().expected(ea(0))).isEqualTo(ea(100));
		assertThat(change.after().cancelled().isZero()).isTrue();
	}

	@Test
	void anAcceptanceWithoutQuantityNeverAddsTheOrderedQuantity() {
		var change = apply(25, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.ACCEPTED, Qualifier.NONE, null, null),
						statement(LineStatus.ACCEPTED, Qualifier.QUANTITY, ea(20), null)),
				List.of());

		assertThat(change.after().expected(ea(0))).isEqualTo(ea(20));
		assertThat(change.after().cancelled()).isEqualTo(ea(5));
	}

	@Test
	void aRejectionWithoutQuantityTakesWhatThePartsLeave() {
		var change = apply(100, RemainderPolicy.BACKORDER,
				List.of(statement(LineStatus.REJECTED, Qualifier.NONE, null, null),
						statement(LineStatus.ACCEPTED, Qualifier.NONE, ea(60), null)),
				List.of());

		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(60), REQUESTED));
		assertThat(change.after().rejected()).isEqualTo(ea(40));
		assertThat(change.outcomes()).containsExactlyInAnyOrder(Outcome.REJECTED, Outcome.QUANTITY_CHANGED);
	}

	@Test
	void aRejectedLineSaysRejectedAndNotThatItsDateChanged() {
		var change = apply(25, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.REJECTED, Qualifier.NONE, null, null),
						statement(LineStatus.ACCEPTED, Qualifier.DATE, null, NEW_DATE)),
				List.of());

		assertThat(change.after().schedule()).isEmpty();
		assertThat(change.after().rejected()).isEqualTo(ea(25));
		assertThat(change.outcomes()).containsExactly(Outcome.REJECTED);
	}

	@Test
	void scheduleLinesSplitTheAcceptedQuantityOverTheirDates() {
		var change = apply(100, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.ACCEPTED, Qualifier.NONE, ea(80), null),
						statement(LineStatus.REJECTED, Qualifier.NONE, ea(20), null)),
				List.of(new Delivery(ea(50), NEW_DATE), new Delivery(ea(30), OTHER_DATE)));

		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(50), NEW_DATE),
				new Delivery(ea(30), OTHER_DATE));
		assertThat(change.after().rejected()).isEqualTo(ea(20));
		assertThat(change.outcomes()).contains(Outcome.DATE_CHANGED, Outcome.QUANTITY_CHANGED, Outcome.REJECTED);
	}

	@Test
	void aBalanceBackorderKeepsWhatTheScheduleDoesNotCover() {
		var change = apply(100, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.ACCEPTED_BALANCE_BACKORDERED, Qualifier.NONE, ea(60), null)),
				List.of(new Delivery(ea(30), NEW_DATE), new Delivery(ea(30), OTHER_DATE)));

		assertThat(change.after().schedule()).containsExactly(new Delivery(ea(30), NEW_DATE),
				new Delivery(ea(30), OTHER_DATE), new Delivery(ea(40), null));
		assertThat(change.outcomes()).contains(Outcome.BACKORDERED);
	}

	@Test
	void aLineWithoutQuantitiesIsAnsweredByItsStrongestStatus() {
		var held = apply(10, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.ACCEPTED, Qualifier.NONE, null, null),
						statement(LineStatus.ON_HOLD, Qualifier.NONE, null, null)),
				List.of());
		assertThat(held.outcomes()).contains(Outcome.ON_HOLD);
		assertThat(held.after().expected(ea(0))).isEqualTo(ea(10));

		var backordered = apply(10, RemainderPolicy.CANCEL,
				List.of(statement(LineStatus.BACKORDERED, Qualifier.NONE, null, OTHER_DATE)), List.of());
		assertThat(backordered.after().schedule()).containsExactly(new Delivery(ea(10), OTHER_DATE));
	}
}

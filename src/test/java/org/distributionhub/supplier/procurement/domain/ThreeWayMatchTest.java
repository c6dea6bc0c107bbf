package org.distributionhub.supplier.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.api.DecideSupplierInvoices.InvoiceDecisionRefused;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.junit.jupiter.api.Test;

/**
 * The three-way match on its own: PO line 1 orders 10 EA at 10.00, line 2 orders 5 EA at 4.00; the supplier's
 * default tolerances are price 2 % or 0.05, quantity 0, total 1 % or 1.00, charges 10.00, a wait of three days.
 */
class ThreeWayMatchTest {

	static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");
	static final InvoiceTolerances DEFAULTS = new InvoiceTolerances(d("2"), d("0.05"), d("0"), d("0"), d("1"),
			d("1.00"), d("10.00"), Duration.ofDays(3));

	@Test
	void anInvoiceAsOrderedAndReceivedMatches() {
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.00"), line(2, "2", "5", "4.00")),
				basis(received("10", "5"), billed()));
		assertThat(result.status()).isEqualTo(InvoiceStatus.MATCHED);
		assertThat(result.holds()).isEmpty();
	}

	@Test
	void aPriceTenPercentOverThePoPriceIsHeldWithTheReasonInWords() {
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "11.00")), basis(received("10", "0"), billed()));
		assertThat(result.status()).isEqualTo(InvoiceStatus.HELD);
		assertThat(result.holds()).extracting(Hold::code)
			.containsExactly(Hold.PRICE_OVER_TOLERANCE, Hold.TOTAL_OVER_TOLERANCE);
		assertThat(result.holds().get(0).reason())
			.isEqualTo("line 1 (PO line 1): price 11.00 is 10 % over the PO price 10.00, tolerance 2 % or 0.05");
	}

	@Test
	void aPriceWithinTheToleranceMatches() {
		// 0.04 over is within 0.05; 10.15 is 1.5 % over, within 2 %, and the total 101.50 within 1 % of 100.
		assertThat(ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.04")), basis(received("10", "0"), billed()))
			.status()).isEqualTo(InvoiceStatus.MATCHED);
		var onePointFive = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.15")),
				basis(received("10", "0"), billed()));
		assertThat(onePointFive.holds()).extracting(Hold::code).containsExactly(Hold.TOTAL_OVER_TOLERANCE);
	}

	@Test
	void theSupplierConfirmedPriceIsTheAgreedPrice() {
		var confirmed = new MatchBasis(null, Map.of("1", ordered("1", "11.00", "10", "10", "0", "0")), List.of(),
				DEFAULTS);
		assertThat(ThreeWayMatch.match(invoice(false, line(1, "1", "10", "11.00")), confirmed).status())
			.isEqualTo(InvoiceStatus.MATCHED);
	}

	@Test
	void moreThanReceivedAndNeverToComeIsHeldAsQuantityOverReceived() {
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "12", "10.00")), basis(received("10", "0"), billed()));
		assertThat(result.status()).isEqualTo(InvoiceStatus.HELD);
		assertThat(result.holds()).extracting(Hold::code).containsExactly(Hold.QUANTITY_OVER_RECEIVED);
		assertThat(result.holds().get(0).reason()).contains("12 EA invoiced, 10 received and 0 invoiced before");
	}

	@Test
	void whatAnotherInvoiceBilledIsNotAvailableAgain() {
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "4", "10.00")), basis(received("10", "0"),
				billed("8")));
		assertThat(result.holds()).extracting(Hold::code).containsExactly(Hold.QUANTITY_OVER_RECEIVED);
	}

	@Test
	void whatACreditNoteTookBackMayBeBilledAgain() {
		var rebilled = new MatchBasis("USD", Map.of("1", ordered("1", "10.00", "10", "10", "10", "10")), List.of(),
				DEFAULTS);
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.00")), rebilled);
		assertThat(result.status()).isEqualTo(InvoiceStatus.MATCHED);
	}

	@Test
	void goodsNotReceivedYetButStillToComeMakeItWait() {
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.00")), basis(received("6", "0"), billed()));
		assertThat(result.status()).isEqualTo(InvoiceStatus.WAITING_FOR_GOODS);
		assertThat(result.holds()).extracting(Hold::code).containsExactly(Hold.NO_RECEIPT_YET);
		assertThat(result.holds().get(0).reason()).endsWith("4 still to be delivered");
	}

	@Test
	void aWaitingInvoiceIsHeldWhenItsWaitHasPassed() {
		SupplierInvoice invoice = invoice(false, line(1, "1", "10", "10.00"));
		var result = ThreeWayMatch.match(invoice, basis(received("0", "0"), billed()));
		assertThat(invoice.settle(result, Duration.ofDays(3), RECEIVED.plusSeconds(60))).isTrue();
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.WAITING_FOR_GOODS);
		assertThat(invoice.waitUntil()).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
		assertThat(invoice.holdIfWaitedTooLong(RECEIVED.plus(Duration.ofDays(2)))).isFalse();
		assertThat(invoice.holdIfWaitedTooLong(RECEIVED.plus(Duration.ofDays(3)))).isTrue();
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.HELD);
		assertThat(invoice.heldFor(Hold.NO_RECEIPT_YET)).isTrue();
		assertThat(invoice.awaitsGoods()).as("goods arriving may still match it").isTrue();
	}

	@Test
	void goodsReceivedInAnotherUnitAreAUnitMismatch() {
		var otherUnit = new MatchBasis(null, Map.of("1", new MatchBasis.OrderedLine("1", "SKU-1", null, "EA", d("10.00"),
				d("10"), d("0"), true, d("0"), d("0"), d("0"), d("0"))), List.of(), DEFAULTS);
		var result = ThreeWayMatch.match(invoice(false, line(1, "1", "10", "10.00")), otherUnit);
		assertThat(result.status()).isEqualTo(InvoiceStatus.HELD);
		assertThat(result.holds()).extracting(Hold::code).contains(Hold.UNIT_MISMATCH, Hold.QUANTITY_OVER_RECEIVED);
	}

	@Test
	void aStatedTotalThatIsNotTheSumAndChargesOverTheToleranceAreHeld() {
		var lines = List.of(line(1, "1", "10", "10.00"));
		var charges = List.of(new InvoiceCharge(InvoiceCharge.CHARGE, "freight", d("15.00")),
				new InvoiceCharge(InvoiceCharge.TAX, "VAT", d("20.00")));
		var invoice = new SupplierInvoice(header(false, d("130.00")), lines, charges);
		var result = ThreeWayMatch.match(invoice, basis(received("10", "0"), billed()));
		assertThat(invoice.total()).isEqualByComparingTo("135.00");
		assertThat(result.holds()).extracting(Hold::code)
			.containsExactly(Hold.CHARGES_OVER_TOLERANCE, Hold.STATED_TOTAL_MISMATCH);
		var allowance = new SupplierInvoice(header(false, d("110.00")), lines,
				List.of(new InvoiceCharge(InvoiceCharge.CHARGE, "freight", d("15.00")),
						new InvoiceCharge(InvoiceCharge.ALLOWANCE, "promotion", d("-5.00"))));
		assertThat(ThreeWayMatch.match(allowance, basis(received("10", "0"), billed())).status())
			.isEqualTo(InvoiceStatus.MATCHED);
	}

	@Test
	void aCreditNoteMatchesWhatWasInvoicedBeforeAndNeverMore() {
		var credit = invoice(true, line(1, "1", "2", "10.00"));
		assertThat(ThreeWayMatch.match(credit, basis(received("10", "0"), billed("10"))).status())
			.isEqualTo(InvoiceStatus.MATCHED);
		var tooMuch = ThreeWayMatch.match(invoice(true, line(1, "1", "12", "10.00")),
				basis(received("10", "0"), billed("10")));
		assertThat(tooMuch.status()).isEqualTo(InvoiceStatus.HELD);
		assertThat(tooMuch.holds()).extracting(Hold::code).containsOnly(Hold.CREDIT_OVER_INVOICED);
		var nothingInvoiced = ThreeWayMatch.match(credit, basis(received("10", "0"), billed()));
		assertThat(nothingInvoiced.holds()).extracting(Hold::code).contains(Hold.CREDIT_OVER_INVOICED);
	}

	@Test
	void anInvoiceOfAnUnknownOrderIsHeldAndCannotBeApprovedOnlyRejected() {
		var invoice = new SupplierInvoice(header(false, null), List.of(new InvoiceLine(1, null, null, d("1"), "EA",
				d("5"), d("5"), "VP X")), List.of());
		invoice.settle(MatchResult.held(new Hold(Hold.PO_UNKNOWN, "purchase order PO-1 is not known")),
				Duration.ofDays(3), RECEIVED);
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.HELD);
		assertThatThrownBy(() -> invoice.approve("looks fine", "ops", null, RECEIVED))
			.isInstanceOf(InvoiceDecisionRefused.class).hasMessageContaining("reject it");
		invoice.reject("not our order", "ops", RECEIVED);
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.REJECTED);
		assertThatThrownBy(() -> invoice.reject("again", "ops", RECEIVED)).isInstanceOf(InvoiceDecisionRefused.class);
	}

	@Test
	void approvalNeedsAReasonAndStaysWithinTheLimit() {
		var invoice = invoice(false, line(1, "1", "10", "11.00"));
		invoice.settle(ThreeWayMatch.match(invoice, basis(received("10", "0"), billed())), Duration.ofDays(3), RECEIVED);
		assertThatThrownBy(() -> invoice.approve(" ", "ops", null, RECEIVED)).hasMessage("A decision needs a reason");
		assertThatThrownBy(() -> invoice.approve("agreed by phone", "ops", d("100"), RECEIVED))
			.hasMessageContaining("over the approval limit of 100 of your role");
		invoice.approve("agreed by phone", "ops", d("5000"), RECEIVED);
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.APPROVED);
		assertThat(invoice.decision().by()).isEqualTo("ops");
	}

	private static MatchBasis basis(String[] received, String[] billed) {
		return new MatchBasis("USD", Map.of("1", ordered("1", "10.00", "10", received[0], billed[0], "0"),
				"2", ordered("2", "4.00", "5", received[1], "0", "0")), List.of(), DEFAULTS);
	}

	private static MatchBasis.OrderedLine ordered(String number, String price, String expected, String received,
			String invoiced, String credited) {
		return new MatchBasis.OrderedLine(number, "SKU-" + number, null, "EA", d(price), d(expected), d(received),
				false, d(invoiced), d(invoiced).multiply(d(price)), d(credited), d(credited).multiply(d(price)));
	}

	private static String[] received(String first, String second) {
		return new String[] { first, second };
	}

	private static String[] billed(String... first) {
		return new String[] { first.length == 0 ? "0" : first[0] };
	}

	private static SupplierInvoice invoice(boolean credit, InvoiceLine... lines) {
		return new SupplierInvoice(header(credit, null), List.of(lines), List.of());
	}

	private static SupplierInvoice.Header header(boolean credit, BigDecimal stated) {
		return new SupplierInvoice.Header("acme", "INV-1", credit, null, "PO-1", null, "USD", stated, "JSON", null,
				null, "hash", RECEIVED);
	}

	private static InvoiceLine line(int position, String poLine, String quantity, String price) {
		return new InvoiceLine(position, poLine, "SKU-" + poLine, d(quantity), "EA", d(price),
				d(quantity).multiply(d(price)), null);
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}

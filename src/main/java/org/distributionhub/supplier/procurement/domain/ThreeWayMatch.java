package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jmolecules.ddd.annotation.Service;

/**
 * The three-way match of an invoice against its purchase order (price, unit) and the goods received (quantity):
 * per line the invoiced unit price against the agreed price, the quantity against what was received less what
 * other invoices billed; then the lines' total against the PO value of those quantities, the stated total against
 * the computed one and the charges. Goods not received yet but still to come make it wait; anything else holds it.
 * A credit note is matched against what was invoiced before: never more credited than invoiced.
 */
@Service
public final class ThreeWayMatch {

	/** Rounding the partner's stated total and ours may differ by. */
	private static final BigDecimal CENT = new BigDecimal("0.01");

	private ThreeWayMatch() {
	}

	public static MatchResult match(SupplierInvoice invoice, MatchBasis basis) {
		InvoiceTolerances tolerances = basis.tolerances();
		List<Hold> holds = new ArrayList<>();
		if (basis.poCurrency() != null && !basis.poCurrency().equalsIgnoreCase(invoice.currency())) {
			holds.add(new Hold(Hold.CURRENCY_MISMATCH, "the invoice is in " + invoice.currency()
					+ ", the purchase order in " + basis.poCurrency()));
		}
		Map<String, BigDecimal> billedHere = new HashMap<>();
		BigDecimal poValue = BigDecimal.ZERO;
		BigDecimal creditable = BigDecimal.ZERO;
		boolean pricesKnown = true;
		for (InvoiceLine line : invoice.lines()) {
			String where = "line " + line.position();
			MatchBasis.OrderedLine ordered = line.poLineNumber() == null ? null : basis.lines().get(line.poLineNumber());
			if (ordered == null) {
				holds.add(new Hold(Hold.LINE_NOT_ON_PO, where + ": " + (line.partnerItem() != null ? line.partnerItem()
						: "the item") + " is on no line of purchase order " + invoice.poNumber()));
				pricesKnown = false;
				continue;
			}
			where = where + " (PO line " + ordered.lineNumber() + ")";
			BigDecimal quantity = billedHere.merge(ordered.lineNumber(), line.quantity(), BigDecimal::add);
			if (ordered.receivedInOtherUnit()) {
				holds.add(new Hold(Hold.UNIT_MISMATCH, where + ": goods were received in another unit than the "
						+ ordered.unit() + " the line orders"));
			}
			if (invoice.creditNote()) {
				BigDecimal invoiced = ordered.invoicedQuantity().subtract(ordered.creditedQuantity());
				if (quantity.compareTo(invoiced) > 0) {
					holds.add(new Hold(Hold.CREDIT_OVER_INVOICED, where + ": " + plain(quantity) + " " + ordered.unit()
							+ " credited, only " + plain(invoiced) + " invoiced and not yet credited"));
				}
				creditable = creditable.add(ordered.invoicedAmount().subtract(ordered.creditedAmount()));
				continue;
			}
			if (ordered.agreedPrice() == null) {
				holds.add(new Hold(Hold.NO_PO_PRICE, where + ": the purchase order gives no price to check "
						+ money(line.unitPrice()) + " against"));
				pricesKnown = false;
			}
			else {
				BigDecimal over = line.unitPrice().subtract(ordered.agreedPrice());
				if (!InvoiceTolerances.within(over, ordered.agreedPrice(), tolerances.linePricePercent(),
						tolerances.linePriceAbsolute())) {
					holds.add(new Hold(Hold.PRICE_OVER_TOLERANCE, where + ": price " + money(line.unitPrice()) + " is "
							+ InvoiceTolerances.percentOf(over, ordered.agreedPrice()).toPlainString()
							+ " % over the PO price " + money(ordered.agreedPrice()) + ", tolerance "
							+ plain(tolerances.linePricePercent()) + " % or " + money(tolerances.linePriceAbsolute())));
				}
				poValue = poValue.add(line.quantity().multiply(ordered.agreedPrice()));
			}
			quantity(where, quantity, ordered, tolerances, holds);
		}
		if (invoice.creditNote()) {
			if (invoice.linesAmount().compareTo(creditable) > 0) {
				holds.add(new Hold(Hold.CREDIT_OVER_INVOICED, "the credit of " + money(invoice.linesAmount())
						+ " is more than the " + money(creditable) + " invoiced and not yet credited on those lines"));
			}
		}
		else {
			BigDecimal over = invoice.linesAmount().subtract(poValue);
			if (pricesKnown && !InvoiceTolerances.within(over, poValue, tolerances.totalPercent(),
					tolerances.totalAbsolute())) {
				holds.add(new Hold(Hold.TOTAL_OVER_TOLERANCE, "the lines total " + money(invoice.linesAmount()) + ", "
						+ InvoiceTolerances.percentOf(over, poValue).toPlainString() + " % over the PO value "
						+ money(poValue) + " of those quantities, tolerance " + plain(tolerances.totalPercent())
						+ " % or " + money(tolerances.totalAbsolute())));
			}
			BigDecimal charges = invoice.charges().stream().filter(charge -> !InvoiceCharge.TAX.equals(charge.kind()))
				.map(InvoiceCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (charges.compareTo(tolerances.chargesAbsolute()) > 0) {
				holds.add(new Hold(Hold.CHARGES_OVER_TOLERANCE, "charges of " + money(charges)
						+ " are over the tolerance of " + money(tolerances.chargesAbsolute())));
			}
		}
		if (invoice.statedTotal() != null && invoice.statedTotal().subtract(invoice.total()).abs().compareTo(CENT) > 0) {
			holds.add(new Hold(Hold.STATED_TOTAL_MISMATCH, "the stated total " + money(invoice.statedTotal())
					+ " is not the " + money(invoice.total()) + " of its lines and charges"));
		}
		return MatchResult.of(holds);
	}

	/**
	 * The quantity billed on a line so far against what was received less what other invoices billed (net of what
	 * credit notes took back, so a supplier may credit and bill again). More than that waits for goods while the
	 * supplier still has that much to deliver; beyond it, it is held.
	 */
	private static void quantity(String where, BigDecimal quantity, MatchBasis.OrderedLine ordered,
			InvoiceTolerances tolerances, List<Hold> holds) {
		BigDecimal billedBefore = ordered.invoicedQuantity().subtract(ordered.creditedQuantity()).max(BigDecimal.ZERO);
		BigDecimal available = ordered.received().subtract(billedBefore).max(BigDecimal.ZERO);
		BigDecimal excess = quantity.subtract(available);
		if (InvoiceTolerances.within(excess, available, tolerances.lineQuantityPercent(),
				tolerances.lineQuantityAbsolute())) {
			return;
		}
		BigDecimal toCome = ordered.expected().subtract(ordered.received()).max(BigDecimal.ZERO);
		String facts = plain(quantity) + " " + ordered.unit() + " invoiced, " + plain(ordered.received())
				+ " received and " + plain(billedBefore) + " invoiced before";
		if (excess.compareTo(toCome) <= 0 && !ordered.receivedInOtherUnit()) {
			holds.add(new Hold(Hold.NO_RECEIPT_YET, where + ": " + facts + "; " + plain(toCome)
					+ " still to be delivered"));
		}
		else {
			holds.add(new Hold(Hold.QUANTITY_OVER_RECEIVED, where + ": " + facts + ", tolerance "
					+ plain(tolerances.lineQuantityPercent()) + " % or " + plain(tolerances.lineQuantityAbsolute())));
		}
	}

	/** An amount or price with at least two decimals: 11.00, 10.125. */
	static String money(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped).toPlainString();
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
	}
}

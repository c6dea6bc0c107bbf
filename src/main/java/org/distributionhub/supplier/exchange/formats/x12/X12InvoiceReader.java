package org.distributionhub.supplier.exchange.formats.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Reads an 810: BIG01 invoice date, BIG02 invoice number, BIG04 PO number, BIG07 transaction type (CR credit memo,
 * whose BIG05 names the invoice it credits; DI debit invoice), header CUR02 currency, REF*PO (when BIG04 is empty) and
 * REF*OI (original invoice); per IT1 loop IT101 (our PO line when echoed), IT102 quantity, IT103 unit, IT104 unit
 * price, IT106 onwards id pairs (PO and PL pairs name the order and its line) and a REF*PO of the line; TDS01 the total
 * in implied cents; TXI, SAC (C charge, A allowance, SAC05 in implied cents) as charges; CTT01 the IT1 count. Taxes of
 * the summary stand for those of the lines when both are given.
 */
final class X12InvoiceReader implements X12TransactionMapper {

	private static final Set<String> REFERENCES = Set.of("PO", "ON", "PL");

	private static final BigDecimal CENTS = new BigDecimal(100);

	@Override
	public String setId() {
		return "810";
	}

	@Override
	public @Nullable PartnerDocument map(X12Transaction transaction, X12Fields fields) {
		List<Segment> body = transaction.body();
		if (body.isEmpty() || !body.get(0).is("BIG")) {
			fields.issues().segment("BIG", 2, "3", "BIG is required right after ST");
			return null;
		}
		Segment big = body.get(0);
		LocalDate date = fields.date(big, 1, "373", true);
		String number = fields.text(big, 2, "76", true);
		fields.date(big, 3, "373", false);
		String po = fields.text(big, 4, "324", false);
		String type = fields.text(big, 7, "640", false);
		boolean credit = "CR".equals(type);
		String original = credit ? fields.text(big, 5, "328", false) : null;
		String currency = null;
		List<ReceivedInvoice.Line> lines = new ArrayList<>();
		List<ReceivedInvoice.Charge> lineTaxes = new ArrayList<>();
		List<ReceivedInvoice.Charge> summaryTaxes = new ArrayList<>();
		List<ReceivedInvoice.Charge> charges = new ArrayList<>();
		LineDraft line = null;
		BigDecimal total = null;
		boolean summary = false;
		int count = 0;
		Segment ctt = null;
		for (Segment segment : body.subList(1, body.size())) {
			switch (segment.tag()) {
				case "CUR" -> currency = currency != null ? currency : fields.text(segment, 2, "100", true);
				case "REF" -> {
					String qualifier = segment.value(1).strip();
					String value = qualifier.equals("PO") || qualifier.equals("OI")
							? fields.text(segment, 2, "127", true) : null;
					if (line != null && !summary && qualifier.equals("PO")) {
						line.po = value;
					}
					else if (qualifier.equals("PO") && po == null) {
						po = value;
					}
					else if (qualifier.equals("OI") && original == null) {
						original = value;
					}
				}
				case "IT1" -> {
					add(lines, line);
					line = read(segment, fields);
					count++;
				}
				case "TDS" -> {
					summary = true;
					total = amount(segment, 1, "610", fields, true);
				}
				case "TXI" -> tax(segment, fields, summary || line == null ? summaryTaxes : lineTaxes);
				case "SAC" -> charge(segment, fields, line != null && !summary ? line.id() : null, charges);
				case "CTT" -> ctt = segment;
				default -> {
					// N1 parties, ITD terms, PID descriptions and the like are kept verbatim with the message
				}
			}
		}
		add(lines, line);
		if (count == 0) {
			fields.issues().segment("BIG", big.position(), "3", "The invoice has no line (IT1)");
		}
		if (ctt != null && ctt.value(1).strip().matches("\\d+") && Integer.parseInt(ctt.value(1).strip()) != count) {
			fields.issues().element(ctt, 1, "354", "7", ctt.value(1),
					"CTT01 says " + ctt.value(1).strip() + " lines but the invoice has " + count + " IT1 segments");
		}
		List<ReceivedInvoice.Charge> all = new ArrayList<>(summaryTaxes.isEmpty() ? lineTaxes : summaryTaxes);
		all.addAll(charges);
		return number == null || fields.issues().any() ? null
				: new ReceivedInvoice(transaction.controlNumber(), number, date, po, credit, original, currency, lines,
						all, total);
	}

	private static LineDraft read(Segment it1, X12Fields fields) {
		var draft = new LineDraft(it1);
		draft.quantity = fields.decimal(it1, 2, "358", true);
		draft.unit = fields.text(it1, 3, "355", false);
		draft.price = fields.decimal(it1, 4, "212", true);
		List<PartnerItemId> pairs = fields.itemIds(it1, 6, 25);
		draft.po = pairs.stream().filter(id -> id.qualifier().equals("PO") || id.qualifier().equals("ON"))
			.map(PartnerItemId::value).findFirst().orElse(null);
		draft.number = pairs.stream().filter(id -> id.qualifier().equals("PL")).map(PartnerItemId::value).findFirst()
			.orElseGet(() -> fields.text(it1, 1, "350", false));
		draft.items = pairs.stream().filter(id -> !REFERENCES.contains(id.qualifier())).toList();
		if (draft.items.isEmpty() && draft.number == null) {
			fields.issues().segment("IT1", it1.position(), "7",
					"IT1 names neither a line (IT101) nor an item (IT106/IT107 onwards)");
		}
		return draft;
	}

	private static void add(List<ReceivedInvoice.Line> lines, @Nullable LineDraft draft) {
		if (draft != null && draft.quantity != null && draft.price != null) {
			lines.add(new ReceivedInvoice.Line(draft.number, draft.po, draft.items, draft.quantity, draft.unit,
					draft.price));
		}
	}

	private static void tax(Segment txi, X12Fields fields, List<ReceivedInvoice.Charge> taxes) {
		String code = fields.text(txi, 1, "963", true);
		BigDecimal amount = fields.decimal(txi, 2, "782", false);
		if (amount != null) {
			taxes.add(new ReceivedInvoice.Charge("TAX", code, amount.abs(),
					txi.has(3) ? "rate " + txi.value(3).strip() + "%" : null));
		}
	}

	private static void charge(Segment sac, X12Fields fields, @Nullable String line,
			List<ReceivedInvoice.Charge> charges) {
		String indicator = fields.code(sac, 1, "248", Set.of("A", "C", "N"));
		String code = fields.text(sac, 2, "1300", false);
		BigDecimal amount = amount(sac, 5, "610", fields, false);
		if (indicator == null || indicator.equals("N") || amount == null) {
			return;
		}
		String description = sac.has(15) ? sac.value(15).strip() : null;
		if (line != null) {
			description = (description == null ? "" : description + ", ") + "line " + line;
		}
		charges.add(new ReceivedInvoice.Charge(indicator.equals("A") ? "ALLOWANCE" : "CHARGE", code, amount.abs(),
				description));
	}

	/** An N2 amount (implied two decimals) as currency units; a partner that writes the point is taken as written. */
	private static @Nullable BigDecimal amount(Segment segment, int element, String reference, X12Fields fields,
			boolean required) {
		BigDecimal value = fields.decimal(segment, element, reference, required);
		if (value == null) {
			return null;
		}
		return segment.value(element).contains(".") ? value : value.divide(CENTS).setScale(2);
	}

	private static final class LineDraft {

		private final Segment it1;
		private @Nullable String number;
		private @Nullable String po;
		private List<PartnerItemId> items = List.of();
		private @Nullable BigDecimal quantity;
		private @Nullable String unit;
		private @Nullable BigDecimal price;

		LineDraft(Segment it1) {
			this.it1 = it1;
		}

		String id() {
			return number != null ? number : "at segment " + it1.position();
		}
	}
}

package org.distributionhub.supplier.exchange.formats.edifact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads an INVOIC: BGM 1001 (380 invoice, 381 credit note and the other invoice kinds) and 1004 the invoice number,
 * DTM+137 (else +3) the date, header RFF+ON the PO and RFF+IV the invoice a credit note credits, CUX the currency;
 * per LIN group the line number (LIN 1082, or the order's line in RFF+ON 1156 or RFF+LI), the LIN and PIA item ids,
 * QTY+47 the invoiced quantity, PRI+AAA (else INV, else AAB) the unit price, else MOA+203 divided by the quantity,
 * and a line's own RFF+ON. TAX groups give their MOA+124 (or 176) as TAX, ALC+C and ALC+A groups their MOA+23, 8 or
 * 204 as CHARGE or ALLOWANCE; MOA+77 (else 86, else 39) is the total. Taxes of the summary (after UNS) stand for
 * those of the lines when both are given.
 */
final class EdifactInvoiceReader implements EdifactMessageMapper {

	private static final Set<String> TYPES = Set.of("380", "381", "383", "384", "386", "389", "393", "396");

	private static final Set<String> CREDIT_NOTES = Set.of("381", "396");

	private static final List<String> PRICES = List.of("AAA", "INV", "AAB");

	private static final List<String> TOTALS = List.of("77", "86", "39");

	private enum Group {
		HEADER, LINE, TAX, ALLOWANCE, CHARGE, SUMMARY
	}

	@Override
	public String messageType() {
		return "INVOIC";
	}

	@Override
	public @Nullable PartnerDocument map(String reference, List<Segment> body, SegmentIssues issues) {
		Segment bgm = EdifactMessageMapper.bgm(body, issues);
		if (bgm == null) {
			return null;
		}
		String type = bgm.component(1, 1).strip();
		if (!TYPES.contains(type)) {
			issues.element(bgm, 1, "1001", "7", type, "BGM 1001 '" + type + "' is not an invoice or credit note ("
					+ String.join(", ", TYPES.stream().sorted().toList()) + ")");
		}
		String number = bgm.component(2, 1).strip();
		if (number.isEmpty()) {
			issues.element(bgm, 2, "1004", "12", null, "BGM 1004 (the invoice number) is required");
		}
		Draft draft = new Draft(issues);
		for (Segment segment : body) {
			draft.accept(segment);
		}
		draft.endLine();
		if (draft.lineCount == 0) {
			issues.segment("BGM", bgm.position(), "3", "The invoice has no line (LIN)");
		}
		return issues.any() ? null
				: new ReceivedInvoice(reference, number,
						draft.date == null ? null : draft.date.toLocalDate(), draft.po, CREDIT_NOTES.contains(type),
						draft.original, draft.currency, draft.lines, draft.charges(), draft.total);
	}

	/** The invoice as its segments are read, group by group. */
	private static final class Draft {

		private final SegmentIssues issues;
		private final List<ReceivedInvoice.Line> lines = new ArrayList<>();
		private final List<ReceivedInvoice.Charge> lineTaxes = new ArrayList<>();
		private final List<ReceivedInvoice.Charge> summaryTaxes = new ArrayList<>();
		private final List<ReceivedInvoice.Charge> allowances = new ArrayList<>();
		private Group group = Group.HEADER;
		private boolean afterUns;
		private @Nullable LocalDateTime date;
		private boolean documentDate;
		private @Nullable String po;
		private @Nullable String original;
		private @Nullable String currency;
		private @Nullable BigDecimal total;
		private int totalRank = Integer.MAX_VALUE;
		private int lineCount;
		private @Nullable Line line;
		private @Nullable Segment opener;

		Draft(SegmentIssues issues) {
			this.issues = issues;
		}

		void accept(Segment segment) {
			switch (segment.tag()) {
				case "DTM" -> date(segment);
				case "RFF" -> reference(segment);
				case "CUX" -> {
					if (currency == null && !segment.component(1, 2).isBlank()) {
						currency = segment.component(1, 2).strip();
					}
				}
				case "LIN" -> {
					endLine();
					group = Group.LINE;
					line = new Line(segment);
					lineCount++;
				}
				case "PIA" -> {
					if (line != null && group == Group.LINE) {
						for (int element = 2; element <= segment.size(); element++) {
							line.id(segment.component(element, 1), segment.component(element, 2),
									segment.component(element, 4));
						}
					}
				}
				case "QTY" -> {
					if (line != null && group == Group.LINE && segment.component(1, 1).strip().equals("47")) {
						line.quantity = number(segment, 2, "6060");
						line.unit = segment.component(1, 3).isBlank() ? null : segment.component(1, 3).strip();
					}
				}
				case "PRI" -> {
					if (line != null) {
						line.price(segment, number(segment, 2, "5118"));
					}
				}
				case "TAX" -> open(Group.TAX, segment);
				case "ALC" -> open(segment.value(1).strip().equals("A") ? Group.ALLOWANCE : Group.CHARGE, segment);
				case "UNS" -> {
					endLine();
					afterUns = true;
					group = Group.SUMMARY;
				}
				case "MOA" -> amount(segment);
				default -> {
					// NAD parties, IMD descriptions, PAT terms and the like are kept verbatim with the message
				}
			}
		}

		/** The header's DTM+137, else its DTM+3. */
		private void date(Segment dtm) {
			String qualifier = dtm.component(1, 1).strip();
			boolean preferred = qualifier.equals("137");
			if (group != Group.HEADER || !preferred && !qualifier.equals("3") || documentDate
					|| !preferred && date != null) {
				return;
			}
			LocalDateTime value = EdifactValues.dateTime(dtm.component(1, 2), dtm.component(1, 3));
			if (value == null) {
				issues.element(dtm, 1, "2380", "8", dtm.component(1, 2), "DTM+" + qualifier + " '"
						+ dtm.component(1, 2) + "' is not a date in format " + dtm.component(1, 3));
				return;
			}
			date = value;
			documentDate = preferred;
		}

		private void reference(Segment rff) {
			String qualifier = rff.component(1, 1).strip();
			String value = rff.component(1, 2).strip();
			if (value.isEmpty()) {
				return;
			}
			if (group == Group.LINE && line != null) {
				if (qualifier.equals("ON")) {
					line.po = value;
				}
				if (qualifier.equals("ON") || qualifier.equals("LI")) {
					String orderLine = EdifactOrderResponseLines.orderLine(rff);
					line.number = orderLine != null ? orderLine : line.number;
				}
			}
			else if (group == Group.HEADER && qualifier.equals("ON") && po == null) {
				po = value;
			}
			else if (group == Group.HEADER && qualifier.equals("IV") && original == null) {
				original = value;
			}
		}

		private void open(Group kind, Segment segment) {
			if (group == Group.LINE) {
				endLine();
			}
			group = kind;
			opener = segment;
		}

		private void amount(Segment moa) {
			String qualifier = moa.component(1, 1).strip();
			BigDecimal value = number(moa, 2, "5004");
			if (value == null) {
				return;
			}
			int rank = TOTALS.indexOf(qualifier);
			if (rank >= 0 && group != Group.LINE) {
				if (rank < totalRank) {
					total = value;
					totalRank = rank;
				}
				return;
			}
			if (group == Group.LINE && line != null && qualifier.equals("203")) {
				line.amount = value;
			}
			else if (group == Group.TAX && opener != null && (qualifier.equals("124") || qualifier.equals("176"))) {
				String code = opener.component(2, 1).isBlank() ? null : opener.component(2, 1).strip();
				String rate = opener.component(5, 4).strip();
				(afterUns ? summaryTaxes : lineTaxes).add(new ReceivedInvoice.Charge("TAX", code, value.abs(),
						rate.isEmpty() ? null : "rate " + rate + "%"));
				opener = null;
			}
			else if ((group == Group.ALLOWANCE || group == Group.CHARGE) && opener != null
					&& (qualifier.equals("8") || qualifier.equals("23") || qualifier.equals("204"))) {
				allowances.add(new ReceivedInvoice.Charge(group == Group.ALLOWANCE ? "ALLOWANCE" : "CHARGE",
						code(opener), value.abs(), description(opener)));
				opener = null;
			}
		}

		/** The special service code (ALC C214 7161), else the code the partner put in C552. */
		private static @Nullable String code(Segment alc) {
			for (String code : List.of(alc.component(5, 1), alc.component(2, 2), alc.component(2, 1))) {
				if (!code.isBlank()) {
					return code.strip();
				}
			}
			return null;
		}

		private static @Nullable String description(Segment alc) {
			String text = alc.component(5, 4).strip();
			return text.isEmpty() ? null : text;
		}

		private @Nullable BigDecimal number(Segment segment, int component, String reference) {
			String text = segment.component(1, component);
			if (text.isBlank()) {
				issues.element(segment, 1, reference, "12", null, segment.tag() + "+" + segment.component(1, 1)
						+ " has no value");
				return null;
			}
			BigDecimal value = EdifactValues.number(text);
			if (value == null) {
				issues.element(segment, 1, reference, "12", text, segment.tag() + "+" + segment.component(1, 1)
						+ " '" + text + "' is not a number");
				return null;
			}
			String tooLong = EdifactValues.limitProblem(value, reference);
			if (tooLong != null) {
				issues.element(segment, 1, reference, "12", text, segment.tag() + "+" + segment.component(1, 1)
						+ " '" + text + "' " + tooLong);
				return null;
			}
			return value;
		}

		void endLine() {
			Line done = line;
			line = null;
			if (done == null) {
				return;
			}
			if (done.quantity == null) {
				issues.segment("LIN", done.lin.position(), "13", "No QTY+47 gives the invoiced quantity of this line");
				return;
			}
			BigDecimal price = done.price;
			if (price == null && done.amount != null && done.quantity.signum() != 0) {
				price = done.amount.divide(done.quantity, 4, RoundingMode.HALF_UP).stripTrailingZeros();
			}
			if (price == null) {
				issues.segment("LIN", done.lin.position(), "13",
						"Neither PRI+AAA (or INV, AAB) nor MOA+203 gives the price of this line");
				return;
			}
			if (done.ids.isEmpty() && done.number == null) {
				issues.segment("LIN", done.lin.position(), "13", "The line names neither a line number nor an item");
				return;
			}
			lines.add(new ReceivedInvoice.Line(done.number, done.po, done.ids, done.quantity, done.unit, price));
		}

		List<ReceivedInvoice.Charge> charges() {
			List<ReceivedInvoice.Charge> all = new ArrayList<>(summaryTaxes.isEmpty() ? lineTaxes : summaryTaxes);
			all.addAll(allowances);
			return all;
		}
	}

	/** One LIN group as read so far. */
	private static final class Line {

		private final Segment lin;
		private final List<PartnerItemId> ids = new ArrayList<>();
		private @Nullable String number;
		private @Nullable String po;
		private @Nullable BigDecimal quantity;
		private @Nullable String unit;
		private @Nullable BigDecimal price;
		private int priceRank = Integer.MAX_VALUE;
		private @Nullable BigDecimal amount;

		Line(Segment lin) {
			this.lin = lin;
			this.number = lin.value(1).isBlank() ? null : lin.value(1).strip();
			id(lin.component(3, 1), lin.component(3, 2), lin.component(3, 4));
		}

		void id(String value, String type, String agency) {
			if (!value.isBlank()) {
				ids.add(new PartnerItemId(EdifactValues.itemQualifier(type, agency), value.strip()));
			}
		}

		void price(Segment pri, @Nullable BigDecimal value) {
			int rank = PRICES.indexOf(pri.component(1, 1).strip());
			if (value != null && rank >= 0 && rank < priceRank) {
				price = value;
				priceRank = rank;
			}
		}
	}
}

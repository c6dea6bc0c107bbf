package org.distributionhub.supplier.exchange.formats.edifact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Schedule;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads the LIN groups of an ORDRSP into lines whose statuses follow one rule: a status with a quantity is a part
 * of the line (parts add up), a status without one qualifies it. LIN 1082 is the line number and 1229 the action,
 * which becomes the status code: 1 added, 3 changed and 6 accepted with amendment carry the confirmed quantity,
 * which is QTY+113 (to be delivered), else QTY+12 (despatch) or QTY+46 (delivered), else QTY+21, as EANCOM puts the
 * new quantity of a changed line in QTY+21; 5 accepted unchanged carries the same quantity; 2 deleted and 7 not
 * accepted carry none; when only QTY+21 and QTY+83 are given, the line's part is their difference, so the parts
 * add up to QTY+21. A blank action is 5, or 3 when the confirmed quantity differs from QTY+21. QTY+83
 * (backorder) is a status of its own with code 83; QTY+192 (free goods) is noted in the reason. The date is the
 * best delivery date given (DTM 69 promised, 67 current schedule, 76, 358, 17, 64 earliest, 2 requested);
 * PRI the unit price (AAA net before AAB gross, divided by its unit price basis); PIA ids with their types as X12
 * qualifiers, PIA+3 (substituted by) as the substitute items of the status; FTX the reason; SCC groups with
 * QTY and DTM the schedule. The line number is the order's as RFF+LI (or the 1156 of RFF+ON) gives it, else
 * LIN 1082.
 */
final class EdifactOrderResponseLines {

	private static final List<String> CONFIRMED = List.of("113", "12", "46");
	private static final List<String> DATES = List.of("69", "67", "76", "358", "17", "64", "2");
	private static final Set<String> CARRY_QUANTITY = Set.of("1", "3", "5", "6");

	private final SegmentIssues issues;

	EdifactOrderResponseLines(SegmentIssues issues) {
		this.issues = issues;
	}

	List<Line> read(List<Segment> body, @Nullable String currency) {
		List<Line> lines = new ArrayList<>();
		Draft draft = null;
		for (Segment segment : body) {
			if (segment.is("LIN") || segment.is("UNS")) {
				if (draft != null) {
					lines.add(draft.line(currency));
				}
				draft = segment.is("LIN") ? new Draft(segment) : null;
			}
			else if (draft != null) {
				draft.add(segment);
			}
		}
		if (draft != null) {
			lines.add(draft.line(currency));
		}
		return lines;
	}

	private final class Draft {

		private final Segment lin;
		private final List<PartnerItemId> items = new ArrayList<>();
		private final List<PartnerItemId> substitutes = new ArrayList<>();
		private final List<Quantity> quantities = new ArrayList<>();
		private final List<Dated> dates = new ArrayList<>();
		private final List<Schedule> schedule = new ArrayList<>();
		private @Nullable Quantity scheduled;
		private boolean inSchedule;
		private @Nullable BigDecimal price;
		private @Nullable String priceQualifier;
		private @Nullable String reason;
		private @Nullable String orderLine;

		Draft(Segment lin) {
			this.lin = lin;
			addItem(items, lin.component(3, 1), lin.component(3, 2), lin.component(3, 4));
		}

		void add(Segment segment) {
			switch (segment.tag()) {
				case "PIA" -> {
					List<PartnerItemId> target = segment.value(1).strip().equals("3") ? substitutes : items;
					for (int element = 2; element <= segment.size(); element++) {
						addItem(target, segment.component(element, 1), segment.component(element, 2),
								segment.component(element, 4));
					}
				}
				case "QTY" -> quantity(segment);
				case "DTM" -> date(segment);
				case "PRI" -> price(segment);
				case "FTX" -> reason = reason == null && !segment.component(4, 1).isBlank()
						? segment.component(4, 1).strip() : reason;
				case "SCC" -> {
					closeSchedule();
					inSchedule = true;
				}
				case "RFF" -> {
					closeSchedule();
					inSchedule = false;
					orderLine = orderLine != null ? orderLine : orderLine(segment);
				}
				case "PAC", "LOC", "TAX", "NAD", "ALC", "TDT", "MOA" -> {
					closeSchedule();
					inSchedule = false;
				}
				default -> {
					// IMD, MEA and the like carry nothing the acknowledgement needs
				}
			}
		}

		private void quantity(Segment qty) {
			BigDecimal amount = number(qty, 1, 2, "6060");
			if (amount == null) {
				return;
			}
			Quantity quantity = new Quantity(qty.component(1, 1).strip(), amount,
					qty.component(1, 3).isBlank() ? null : qty.component(1, 3).strip());
			if (inSchedule) {
				closeSchedule();
				scheduled = quantity;
			}
			else {
				quantities.add(quantity);
			}
		}

		private void date(Segment dtm) {
			String qualifier = dtm.component(1, 1).strip();
			if (!DATES.contains(qualifier)) {
				return;
			}
			LocalDateTime value = dateOf(dtm);
			if (value == null) {
				return;
			}
			if (inSchedule && scheduled != null) {
				schedule.add(new Schedule(scheduled.amount(), scheduled.unit(),
						EdifactValues.dateQualifier(qualifier), value.toLocalDate()));
				scheduled = null;
			}
			else if (!inSchedule) {
				dates.add(new Dated(qualifier, value.toLocalDate()));
			}
		}

		private void closeSchedule() {
			scheduled = null;
		}

		private void price(Segment pri) {
			String qualifier = pri.component(1, 1).strip();
			if (price != null && !(qualifier.equals("AAA") && !"AAA".equals(priceQualifier))) {
				return;
			}
			BigDecimal amount = number(pri, 1, 2, "5118");
			if (amount == null) {
				return;
			}
			BigDecimal basis = EdifactValues.number(pri.component(1, 5));
			if (basis != null && basis.signum() > 0 && basis.compareTo(BigDecimal.ONE) != 0) {
				amount = amount.divide(basis, 6, RoundingMode.HALF_UP).stripTrailingZeros();
			}
			price = amount;
			priceQualifier = qualifier;
		}

		private void addItem(List<PartnerItemId> target, String number, String type, String agency) {
			if (!number.isBlank()) {
				target.add(new PartnerItemId(EdifactValues.itemQualifier(type, agency), number.strip()));
			}
		}

		Line line(@Nullable String currency) {
			Quantity ordered = first("21");
			Quantity confirmed = null;
			for (String qualifier : CONFIRMED) {
				confirmed = confirmed != null ? confirmed : first(qualifier);
			}
			String action = lin.value(2).strip();
			if (action.isEmpty() && (ordered != null || confirmed != null)) {
				action = confirmed != null && ordered != null && confirmed.amount().compareTo(ordered.amount()) != 0
						? "3" : "5";
			}
			Quantity backordered = first("83");
			Quantity carried = confirmed != null ? confirmed : ordered;
			if (confirmed == null && ordered != null && backordered != null
					&& backordered.amount().compareTo(ordered.amount()) < 0) {
				// QTY+21 is the whole (new) quantity, of which QTY+83 is to come later
				carried = new Quantity("21", ordered.amount().subtract(backordered.amount()), ordered.unit());
			}
			Dated dated = bestDate();
			List<Status> statuses = new ArrayList<>();
			if (!action.isEmpty()) {
				boolean withQuantity = CARRY_QUANTITY.contains(action) && carried != null;
				statuses.add(new Status(action, null, withQuantity ? carried.amount() : null,
						withQuantity ? carried.unit() : null,
						dated == null ? null : EdifactValues.dateQualifier(dated.qualifier()),
						dated == null ? null : dated.date(), null, substitutes, reason()));
			}
			if (backordered != null && backordered.amount().signum() > 0) {
				statuses.add(new Status("83", null, backordered.amount(), backordered.unit(), null, null, null,
						List.of(), null));
			}
			String lineNumber = orderLine != null ? orderLine : lin.value(1).isBlank() ? null : lin.value(1).strip();
			return new Line(lineNumber, items, ordered == null ? null : ordered.amount(),
					ordered == null ? null : ordered.unit(), price, currency, statuses, schedule);
		}

		private @Nullable String reason() {
			Quantity free = first("192");
			if (free == null) {
				return reason;
			}
			String note = "plus " + free.amount().toPlainString() + (free.unit() == null ? "" : " " + free.unit())
					+ " free goods";
			return reason == null ? note : reason + "; " + note;
		}

		private @Nullable Quantity first(String qualifier) {
			return quantities.stream().filter(quantity -> quantity.qualifier().equals(qualifier)).findFirst()
				.orElse(null);
		}

		private @Nullable Dated bestDate() {
			for (String qualifier : DATES) {
				for (Dated dated : dates) {
					if (dated.qualifier().equals(qualifier)) {
						return dated;
					}
				}
			}
			return null;
		}
	}

	/** The order's line number: RFF+LI, or the line number (1156) of RFF+ON. */
	static @Nullable String orderLine(Segment rff) {
		String qualifier = rff.component(1, 1).strip();
		String value = qualifier.equals("LI") ? rff.component(1, 2) : qualifier.equals("ON") ? rff.component(1, 3) : "";
		return value.isBlank() ? null : value.strip();
	}

	private @Nullable BigDecimal number(Segment segment, int element, int component, String reference) {
		String value = segment.component(element, component);
		BigDecimal number = EdifactValues.number(value);
		if (number == null) {
			issues.element(segment, element, reference, value.isBlank() ? "1" : "6", value,
					segment.tag() + " " + reference + " '" + value + "' is not a number");
			return null;
		}
		String tooLong = EdifactValues.limitProblem(number, reference);
		if (tooLong != null) {
			issues.element(segment, element, reference, "6", value,
					segment.tag() + " " + reference + " '" + value + "' " + tooLong);
			return null;
		}
		return number;
	}

	private @Nullable LocalDateTime dateOf(Segment dtm) {
		LocalDateTime value = EdifactValues.dateTime(dtm.component(1, 2), dtm.component(1, 3));
		if (value == null) {
			issues.element(dtm, 1, "2380", "8", dtm.component(1, 2),
					"DTM+" + dtm.component(1, 1) + " '" + dtm.component(1, 2) + "' is not a date in format "
							+ dtm.component(1, 3));
		}
		return value;
	}

	private record Quantity(String qualifier, BigDecimal amount, @Nullable String unit) {
	}

	private record Dated(String qualifier, LocalDate date) {
	}
}

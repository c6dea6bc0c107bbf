package org.distributionhub.supplier.exchange.formats.edifact;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads the LIN groups of an ORDRSP: LIN 1082 line number, 1229 action (5 accepted, 6 accepted with amendment,
 * 7 not accepted, 3 changed) as the status code, the item number and PIA ids with their types as X12 qualifiers,
 * QTY+21 ordered, QTY+113 or +12 the confirmed quantity of the status, DTM+2, +67 or +69 its date, PRI the price,
 * FTX its reason. A backorder quantity (QTY+83) becomes a second status with code 83.
 */
final class EdifactOrderResponseLines {

	private static final Set<String> CONFIRMED = Set.of("113", "12");
	private static final Set<String> DELIVERY_DATES = Set.of("2", "67", "69");

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
		private @Nullable Quantity ordered;
		private @Nullable Quantity confirmed;
		private @Nullable Quantity backordered;
		private @Nullable String dateQualifier;
		private @Nullable LocalDateTime date;
		private @Nullable BigDecimal price;
		private @Nullable String reason;

		Draft(Segment lin) {
			this.lin = lin;
			addItem(lin.component(3, 1), lin.component(3, 2));
		}

		void add(Segment segment) {
			switch (segment.tag()) {
				case "PIA" -> {
					for (int element = 2; element <= segment.size(); element++) {
						addItem(segment.component(element, 1), segment.component(element, 2));
					}
				}
				case "QTY" -> quantity(segment);
				case "DTM" -> {
					if (date == null && DELIVERY_DATES.contains(segment.component(1, 1))) {
						date = dateOf(segment);
						dateQualifier = EdifactValues.dateQualifier(segment.component(1, 1));
					}
				}
				case "PRI" -> price = price == null ? number(segment, 1, 2, "5118") : price;
				case "FTX" -> reason = reason == null && !segment.component(4, 1).isBlank()
						? segment.component(4, 1).strip() : reason;
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
			Quantity quantity = new Quantity(amount, qty.component(1, 3).isBlank() ? null : qty.component(1, 3).strip());
			String qualifier = qty.component(1, 1);
			if (qualifier.equals("21")) {
				ordered = quantity;
			}
			else if (CONFIRMED.contains(qualifier) && confirmed == null) {
				confirmed = quantity;
			}
			else if (qualifier.equals("83")) {
				backordered = quantity;
			}
		}

		private void addItem(String number, String type) {
			if (!number.isBlank()) {
				items.add(new PartnerItemId(EdifactValues.itemQualifier(type), number.strip()));
			}
		}

		Line line(@Nullable String currency) {
			List<Status> statuses = new ArrayList<>();
			String action = lin.value(2).strip();
			if (!action.isEmpty()) {
				statuses.add(new Status(action, null, confirmed == null ? null : confirmed.amount(),
						confirmed == null ? null : confirmed.unit(), dateQualifier,
						date == null ? null : date.toLocalDate(), null, List.of(), reason));
			}
			if (backordered != null) {
				statuses.add(new Status("83", null, backordered.amount(), backordered.unit(), null, null, null,
						List.of(), null));
			}
			String lineNumber = lin.value(1).isBlank() ? null : lin.value(1).strip();
			return new Line(lineNumber, items, ordered == null ? null : ordered.amount(),
					ordered == null ? null : ordered.unit(), price, currency, statuses, List.of());
		}
	}

	private @Nullable BigDecimal number(Segment segment, int element, int component, String reference) {
		String value = segment.component(element, component);
		BigDecimal number = EdifactValues.number(value);
		if (number == null) {
			issues.element(segment, element, reference, value.isBlank() ? "1" : "6", value,
					segment.tag() + " " + reference + " '" + value + "' is not a number");
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

	private record Quantity(BigDecimal amount, @Nullable String unit) {
	}
}

package org.distributionhub.supplier.adapters.out.edi;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.ports.out.PartnerItemId;
import org.distributionhub.supplier.ports.out.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.ports.out.ReceivedAcknowledgement.Status;
import org.jspecify.annotations.Nullable;

/**
 * Reads the LIN groups of an ORDRSP: LIN 1082 line number, 1229 action (5 accepted, 6 accepted with amendment,
 * 7 not accepted, 3 changed) as the status code, the item number and PIA ids with their types as X12 qualifiers,
 * QTY+21 ordered, QTY+113 or +12 the confirmed quantity of the status, DTM+2, +67 or +69 its date, PRI the price,
 * FTX its reason. A backorder quantity (QTY+83) becomes a second status with code 83.
 */
final class EdifactOrderResponseLines {

	private final SegmentIssues issues;

	EdifactOrderResponseLines(SegmentIssues issues) {
		this.issues = issues;
	}

	List<Line> read(List<Segment> body, @Nullable String currency) {
		List<Line> lines = new ArrayList<>();
		List<Segment> group = null;
		for (Segment segment : body) {
			if (segment.is("LIN") || segment.is("UNS")) {
				if (group != null) {
					lines.add(line(group, currency));
				}
				group = segment.is("LIN") ? new ArrayList<>(List.of(segment)) : null;
			}
			else if (group != null) {
				group.add(segment);
			}
		}
		if (group != null) {
			lines.add(line(group, currency));
		}
		return lines;
	}

	private Line line(List<Segment> group, @Nullable String currency) {
		Segment lin = group.get(0);
		List<PartnerItemId> items = new ArrayList<>();
		addItem(items, lin.component(3, 1), lin.component(3, 2));
		BigDecimal ordered = null;
		String orderedUnit = null;
		Quantity confirmed = null;
		Quantity backordered = null;
		String dateQualifier = null;
		LocalDateTime date = null;
		BigDecimal price = null;
		String reason = null;
		for (Segment segment : group.subList(1, group.size())) {
			switch (segment.tag()) {
				case "PIA" -> {
					for (int element = 2; element <= segment.size(); element++) {
						addItem(items, segment.component(element, 1), segment.component(element, 2));
					}
				}
				case "QTY" -> {
					Quantity quantity = quantity(segment);
					String qualifier = segment.component(1, 1);
					if (quantity != null && qualifier.equals("21")) {
						ordered = quantity.amount;
						orderedUnit = quantity.unit;
					}
					else if (quantity != null && (qualifier.equals("113") || qualifier.equals("12")) && confirmed == null) {
						confirmed = quantity;
					}
					else if (quantity != null && qualifier.equals("83")) {
						backordered = quantity;
					}
				}
				case "DTM" -> {
					String qualifier = segment.component(1, 1);
					if (date == null && (qualifier.equals("2") || qualifier.equals("67") || qualifier.equals("69"))) {
						date = dateOf(segment);
						dateQualifier = EdifactValues.dateQualifier(qualifier);
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
		List<Status> statuses = new ArrayList<>();
		String action = lin.value(2).strip();
		if (!action.isEmpty()) {
			statuses.add(new Status(action, null, confirmed == null ? null : confirmed.amount,
					confirmed == null ? null : confirmed.unit, dateQualifier, date == null ? null : date.toLocalDate(),
					null, List.of(), reason));
		}
		if (backordered != null) {
			statuses.add(new Status("83", null, backordered.amount, backordered.unit, null, null, null, List.of(),
					null));
		}
		String lineNumber = lin.value(1).isBlank() ? null : lin.value(1).strip();
		return new Line(lineNumber, items, ordered, orderedUnit, price, currency, statuses, List.of());
	}

	private static void addItem(List<PartnerItemId> items, String number, String type) {
		if (!number.isBlank()) {
			items.add(new PartnerItemId(EdifactValues.itemQualifier(type), number.strip()));
		}
	}

	private @Nullable Quantity quantity(Segment qty) {
		BigDecimal amount = number(qty, 1, 2, "6060");
		String unit = qty.component(1, 3).isBlank() ? null : qty.component(1, 3).strip();
		return amount == null ? null : new Quantity(amount, unit);
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

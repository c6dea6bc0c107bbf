package org.distributionhub.supplier.exchange.formats.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Schedule;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Reads the PO1 loops of an 855: PO101 line, PO102/PO103 quantity and unit, PO104 price, PO106 onwards item ids,
 * CTP03 the supplier's new unit price; each ACK a status (ACK01 code, ACK02/03 quantity and unit, ACK04/05 date,
 * ACK07 to ACK28 the substitute's id pairs when ACK01 is IS, ACK29 the partner's own code), a following NTE or MSG
 * its reason, each SCH a schedule. The CTP price is the price of the loop's IP (price changed) and IC (changes made)
 * statuses; the translator falls back to PO104 for an IP without one.
 */
final class X12AcknowledgementLines {

	/** X12 668 line item status codes. */
	static final Set<String> STATUS_CODES = Set.of("AA", "AC", "AR", "BP", "DQ", "DR", "IA", "IB", "IC", "ID", "IE", "IF",
			"IH", "IP", "IQ", "IR", "IS", "IW", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "SP");

	private final X12Fields fields;

	X12AcknowledgementLines(X12Fields fields) {
		this.fields = fields;
	}

	List<Line> read(List<Segment> body, @Nullable String currency) {
		List<Line> lines = new ArrayList<>();
		Draft draft = null;
		for (Segment segment : body) {
			if (segment.is("PO1") || segment.is("CTT")) {
				if (draft != null) {
					lines.add(draft.line(currency));
				}
				draft = segment.is("PO1") ? new Draft(segment, fields) : null;
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

	private static final class Draft {

		private final X12Fields fields;
		private final @Nullable String lineNumber;
		private final @Nullable BigDecimal quantity;
		private final @Nullable String unit;
		private final @Nullable BigDecimal price;
		private final List<PartnerItemId> items;
		private final List<Status> statuses = new ArrayList<>();
		private final List<Schedule> schedule = new ArrayList<>();
		private @Nullable BigDecimal contractPrice;

		Draft(Segment po1, X12Fields fields) {
			this.fields = fields;
			lineNumber = fields.text(po1, 1, "350", false);
			quantity = fields.decimal(po1, 2, "330", false);
			unit = fields.text(po1, 3, "355", false);
			price = fields.decimal(po1, 4, "212", false);
			items = fields.itemIds(po1, 6, 25);
		}

		void add(Segment segment) {
			switch (segment.tag()) {
				case "ACK" -> {
					Status status = status(segment);
					if (status != null) {
						statuses.add(status);
					}
				}
				case "SCH" -> {
					Schedule part = schedule(segment);
					if (part != null) {
						schedule.add(part);
					}
				}
				case "CTP" -> {
					BigDecimal given = fields.decimal(segment, 3, "212", false);
					if (contractPrice == null) {
						contractPrice = given;
					}
				}
				case "NTE", "MSG" -> reason(segment.is("NTE") ? segment.value(2) : segment.value(1));
				default -> {
					// PID, PO4, REF and the like carry nothing the acknowledgement needs
				}
			}
		}

		private @Nullable Status status(Segment ack) {
			String code = fields.code(ack, 1, "668", STATUS_CODES);
			BigDecimal ackQuantity = fields.decimal(ack, 2, "380", false);
			String ackUnit = fields.text(ack, 3, "355", false);
			// ACK02 without ACK03 is in the PO line's unit (partners omit it); a unit without a quantity says nothing
			fields.requiredWith(ack, 3, 2, "380");
			String qualifier = fields.text(ack, 4, "374", false);
			var date = fields.date(ack, 5, "373", false);
			fields.requiredWith(ack, 4, 5, "373");
			List<PartnerItemId> ids = fields.itemIds(ack, 7, 28);
			String partnerCode = ack.has(29) ? ack.value(29).strip() : null;
			if (code == null) {
				return null;
			}
			return new Status(code, partnerCode, ackQuantity, ackUnit, qualifier, date, null,
					"IS".equals(code) ? ids : List.of(), null);
		}

		private @Nullable Schedule schedule(Segment sch) {
			BigDecimal scheduled = fields.decimal(sch, 1, "380", true);
			String scheduleUnit = fields.text(sch, 2, "355", false);
			String qualifier = fields.text(sch, 5, "374", true);
			var date = fields.date(sch, 6, "373", true);
			return scheduled == null || date == null ? null : new Schedule(scheduled, scheduleUnit, qualifier, date);
		}

		private void reason(String text) {
			int last = statuses.size() - 1;
			if (last < 0 || text.isBlank() || statuses.get(last).reason() != null) {
				return;
			}
			Status status = statuses.get(last);
			statuses.set(last, new Status(status.code(), status.partnerCode(), status.quantity(), status.unit(),
					status.dateQualifier(), status.date(), status.unitPrice(), status.substituteItems(),
					text.strip()));
		}

		Line line(@Nullable String currency) {
			List<Status> priced = contractPrice == null ? statuses : statuses.stream()
				.map(status -> "IP".equals(status.code()) || "IC".equals(status.code())
						? new Status(status.code(), status.partnerCode(), status.quantity(), status.unit(),
								status.dateQualifier(), status.date(), contractPrice, status.substituteItems(),
								status.reason())
						: status)
				.toList();
			return new Line(lineNumber, items, quantity, unit, price, currency, priced, schedule);
		}
	}
}

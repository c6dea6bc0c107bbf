package org.distributionhub.supplier.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A purchase order acknowledgement as the partner sent it (X12 855, EDIFACT ORDRSP, portal JSON, CSV rows of one
 * PO). Codes are kept verbatim with the code list they belong to: {@code purposeCode} is BAK01 or BGM 1225,
 * {@code typeCode} is BAK02. {@code acknowledgedAt} orders acknowledgements of one PO (BAK09 with the envelope's
 * time, DTM 137, the JSON acknowledgement date); null when the partner gave none.
 */
public record ReceivedAcknowledgement(String documentId, String poNumber, CodeList codeList,
		@Nullable String purposeCode, @Nullable String typeCode, @Nullable LocalDate poDate,
		@Nullable String sellerOrderNumber, @Nullable OffsetDateTime acknowledgedAt, List<Line> lines)
		implements PartnerDocument {

	public ReceivedAcknowledgement {
		lines = List.copyOf(lines);
	}

	/**
	 * One acknowledged line (X12 PO1 loop, EDIFACT LIN group, a JSON item, a CSV row). {@code lineNumber} is our
	 * PO line number when the partner echoes it (PO101, LIN 1082 or a reference); {@code items} are the ids given,
	 * most specific first. {@code statuses} holds one entry per ACK segment or portal item acknowledgement; a line
	 * may carry several (60 accepted, 40 backordered). {@code schedule} holds SCH segments splitting the line over
	 * dates.
	 */
	public record Line(@Nullable String lineNumber, List<PartnerItemId> items,
			@Nullable BigDecimal orderedQuantity, @Nullable String orderedUnit, @Nullable BigDecimal unitPrice,
			@Nullable String currency, List<Status> statuses, List<Schedule> schedule) {

		public Line {
			items = List.copyOf(items);
			statuses = List.copyOf(statuses);
			schedule = List.copyOf(schedule);
		}
	}

	/**
	 * One status of a line: the code (ACK01, LIN 1229, Accepted/Backordered/Rejected, a CSV column name), the
	 * partner's own code if it sent one (ACK27-29, mapped by its profile), the quantity and unit it applies to, a date
	 * with its qualifier (X12 374 codes: 067 delivery, 068 ship, 017 estimated delivery...), a price if the line's
	 * price changed, the items of a substitution, and a reason text or code.
	 */
	public record Status(String code, @Nullable String partnerCode, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable String dateQualifier, @Nullable LocalDate date,
			@Nullable BigDecimal unitPrice, List<PartnerItemId> substituteItems, @Nullable String reason) {

		public Status {
			substituteItems = List.copyOf(substituteItems);
		}
	}

	/** An SCH segment (or portal schedule): part of the line's quantity on its own date. */
	public record Schedule(BigDecimal quantity, @Nullable String unit, @Nullable String dateQualifier,
			LocalDate date) {
	}
}

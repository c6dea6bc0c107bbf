package org.distributionhub.supplier.exchange.formats.x12;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Reads an 855: BAK01 purpose, BAK02 type, BAK03 PO number, BAK04 PO date, BAK08 seller's order number and BAK09
 * acknowledgement date, taken at the group's time (GS05) in UTC; without BAK09 the group's date (GS04) stands in.
 */
final class X12AcknowledgementReader implements X12TransactionMapper {

	@Override
	public String setId() {
		return "855";
	}

	@Override
	public @Nullable PartnerDocument map(X12Transaction transaction, X12Fields fields) {
		List<Segment> body = transaction.body();
		if (body.isEmpty() || !body.get(0).is("BAK")) {
			fields.issues().segment("BAK", 2, "3", "BAK is required right after ST");
			return null;
		}
		Segment bak = body.get(0);
		String purpose = fields.text(bak, 1, "353", true);
		String type = fields.text(bak, 2, "587", true);
		String poNumber = fields.text(bak, 3, "324", true);
		LocalDate poDate = fields.date(bak, 4, "373", true);
		String sellerOrder = fields.text(bak, 8, "127", false);
		LocalDate acknowledged = fields.date(bak, 9, "373", false);
		var lines = new X12AcknowledgementLines(fields).read(body, currency(body));
		if (poNumber == null) {
			return null;
		}
		return new ReceivedAcknowledgement(transaction.controlNumber(), poNumber, CodeList.X12, purpose, type, poDate,
				sellerOrder, at(acknowledged != null ? acknowledged : transaction.groupDate(), transaction.groupTime()),
				lines);
	}

	private static @Nullable String currency(List<Segment> body) {
		for (Segment segment : body) {
			if (segment.is("PO1")) {
				return null;
			}
			if (segment.is("CUR") && segment.has(2)) {
				return segment.value(2).strip();
			}
		}
		return null;
	}

	private static @Nullable OffsetDateTime at(@Nullable LocalDate date, @Nullable LocalTime time) {
		return date == null ? null : date.atTime(time == null ? LocalTime.MIDNIGHT : time).atOffset(ZoneOffset.UTC);
	}
}

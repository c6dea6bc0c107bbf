package org.distributionhub.supplier.exchange.formats.x12;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * One X12 transaction set as a mapper sees it: its control number (ST02), the segments between ST and SE, and the
 * date and time of its functional group (GS04, GS05).
 */
record X12Transaction(String controlNumber, List<Segment> body, @Nullable LocalDate groupDate,
		@Nullable LocalTime groupTime) {

	X12Transaction {
		body = List.copyOf(body);
	}
}

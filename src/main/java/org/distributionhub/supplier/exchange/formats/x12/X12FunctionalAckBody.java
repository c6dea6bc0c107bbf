package org.distributionhub.supplier.exchange.formats.x12;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.ElementError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.SegmentError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.jspecify.annotations.Nullable;

/**
 * The segments of one 997 for one received group: AK1, per transaction AK2, its AK3s with their AK4s and AK5 (at
 * most five codes), then AK9 with the counts. A bad value is copied without our delimiters.
 */
final class X12FunctionalAckBody {

	private static final int MAX_CODES = 5;

	private X12FunctionalAckBody() {
	}

	static void write(GroupReport group, EdiOut out) {
		out.segment("AK1", group.functionalId(), group.groupControlNumber());
		for (TransactionReport transaction : group.transactions()) {
			out.segment("AK2", transaction.setId(), transaction.controlNumber());
			for (SegmentError segment : transaction.segmentErrors()) {
				out.segment("AK3", segment.segmentId(), String.valueOf(segment.position()), segment.loopId(),
						segment.code());
				for (ElementError element : segment.elements()) {
					Object position = element.componentPosition() == null ? String.valueOf(element.position())
							: List.of(String.valueOf(element.position()), String.valueOf(element.componentPosition()));
					out.segment("AK4", position, element.referenceNumber(), element.code(), clean(element.badValue()));
				}
			}
			out.segment("AK5", withCodes(transaction.status(), transaction.errorCodes()));
		}
		List<Object> ak9 = new ArrayList<>(List.of(group.status(), String.valueOf(group.transactionsIncluded()),
				String.valueOf(group.transactionsReceived()), String.valueOf(group.transactionsAccepted())));
		ak9.addAll(group.errorCodes().stream().limit(MAX_CODES).toList());
		out.segment("AK9", ak9.toArray());
	}

	private static Object[] withCodes(String status, List<String> codes) {
		List<Object> elements = new ArrayList<>();
		elements.add(status);
		elements.addAll(codes.stream().limit(MAX_CODES).toList());
		return elements.toArray();
	}

	private static String clean(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[*~>\\p{Cntrl}]", " ").strip();
	}
}

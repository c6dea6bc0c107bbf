package org.distributionhub.supplier.exchange.ports.out;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What our 997 must say about one received functional group: GS01, GS06 and GS08 for AK1, one report per
 * transaction (AK2, AK3/AK4, AK5) and the group result for AK9 ({@code A}, {@code E}, {@code P} or {@code R}) with
 * its counts and error codes (AK905..).
 */
public record GroupReport(String functionalId, String groupControlNumber, @Nullable String version,
		List<TransactionReport> transactions, String status, int transactionsIncluded, int transactionsReceived,
		int transactionsAccepted, List<String> errorCodes) {

	public GroupReport {
		transactions = List.copyOf(transactions);
		errorCodes = List.copyOf(errorCodes);
	}

	/** AK2 (set id, control number), its segment errors (AK3 with AK4s) and AK5 (result and error codes). */
	public record TransactionReport(String setId, String controlNumber, List<SegmentError> segmentErrors,
			String status, List<String> errorCodes) {

		public TransactionReport {
			segmentErrors = List.copyOf(segmentErrors);
			errorCodes = List.copyOf(errorCodes);
		}
	}

	/** AK3: segment id, its position in the transaction set (ST is 1), the loop id if known, the X12 720 code. */
	public record SegmentError(String segmentId, int position, @Nullable String loopId, @Nullable String code,
			List<ElementError> elements) {

		public SegmentError {
			elements = List.copyOf(elements);
		}
	}

	/** AK4: element position (and component position), reference number, X12 723 code, the bad value (max 99). */
	public record ElementError(int position, @Nullable Integer componentPosition, @Nullable String referenceNumber,
			String code, @Nullable String badValue) {
	}
}

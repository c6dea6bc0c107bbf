package org.distributionhub.supplier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How suppliers answered their purchase orders, per supplier and week of the acknowledgement due time. */
public interface FindAcknowledgementPerformance {

	/**
	 * The weeks (from Monday, UTC) of due times from {@code from} to the end of the current week, counted as they
	 * stand at {@code now}: a purchase order counts as due once it is acknowledged or past its due time.
	 */
	List<AcknowledgementWeek> weekly(Instant from, Instant now);

	/**
	 * A supplier's week: purchase orders due (acknowledged, or past due), acknowledged by the due time, acknowledged
	 * at all with the seconds from sending to acknowledging summed, lines answered and lines the supplier changed.
	 */
	record AcknowledgementWeek(String supplierId, LocalDate week, long due, long onTime, long acknowledged,
			long secondsToAcknowledge, long linesAnswered, long linesChanged) {
	}
}

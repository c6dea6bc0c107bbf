package org.distributionhub.supplier.procurement.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.api.FindAcknowledgementPerformance.AcknowledgementWeek;

/** Counts over purchase orders and their lines by supplier and week of the acknowledgement due time. */
public interface AcknowledgementStatistics {

	List<AcknowledgementWeek> weekly(Instant from, Instant now);
}

package org.distributionhub.supplier.ports.in;

/** Publishes {@code AcknowledgementOverdue} once for each purchase order not acknowledged by its due time. */
public interface ReportOverdueAcknowledgements {

	/** Returns how many orders were reported. */
	int reportDue();
}

package org.distributionhub.supplier.procurement.ports.in;

/** Publishes {@code AcknowledgementOverdue} once for each purchase order not acknowledged by its due time. */
public interface ReportOverdueAcknowledgements {

	/** Returns how many orders were reported. */
	int reportDue();
}

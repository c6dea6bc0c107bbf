package org.distributionhub.supplier.procurement.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.api.FindAcknowledgementPerformance;
import org.distributionhub.supplier.procurement.ports.out.AcknowledgementStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how promptly and how faithfully suppliers acknowledged their purchase orders. */
@Service
@Transactional(readOnly = true)
class AcknowledgementPerformance implements FindAcknowledgementPerformance {

	private final AcknowledgementStatistics statistics;

	AcknowledgementPerformance(AcknowledgementStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public List<AcknowledgementWeek> weekly(Instant from, Instant now) {
		return statistics.weekly(from, now);
	}
}

package org.distributionhub.supplier.procurement.adapters.in.scheduling;

import org.distributionhub.supplier.procurement.ports.in.ReportOverdueAcknowledgements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reports overdue acknowledgements every hub.supplier.overdue-check-interval; a failing check is logged and the next
 * one tries again. Off with hub.supplier.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.supplier.scheduling.enabled", matchIfMissing = true)
class OverdueAcknowledgementScheduler {

	private static final Logger log = LoggerFactory.getLogger(OverdueAcknowledgementScheduler.class);

	private final ReportOverdueAcknowledgements overdue;

	OverdueAcknowledgementScheduler(ReportOverdueAcknowledgements overdue) {
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${hub.supplier.overdue-check-interval:1m}",
			initialDelayString = "${hub.supplier.overdue-check-interval:1m}")
	void reportOverdue() {
		try {
			int reported = overdue.reportDue();
			if (reported > 0) {
				log.info("Reported {} overdue acknowledgement(s)", reported);
			}
		}
		catch (RuntimeException e) {
			log.error("Reporting overdue acknowledgements failed; the next check tries again", e);
		}
	}
}

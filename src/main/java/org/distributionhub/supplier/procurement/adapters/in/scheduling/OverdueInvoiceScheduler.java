package org.distributionhub.supplier.procurement.adapters.in.scheduling;

import org.distributionhub.supplier.procurement.ports.in.HoldOverdueInvoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds supplier invoices that waited for their goods too long, every hub.supplier.invoices.wait-check-interval; a
 * failing check is logged and the next one tries again. Off with hub.supplier.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.supplier.scheduling.enabled", matchIfMissing = true)
class OverdueInvoiceScheduler {

	private static final Logger log = LoggerFactory.getLogger(OverdueInvoiceScheduler.class);

	private final HoldOverdueInvoices overdue;

	OverdueInvoiceScheduler(HoldOverdueInvoices overdue) {
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${hub.supplier.invoices.wait-check-interval:5m}",
			initialDelayString = "${hub.supplier.invoices.wait-check-interval:5m}")
	void holdOverdue() {
		try {
			int held = overdue.holdDue();
			if (held > 0) {
				log.info("Held {} supplier invoice(s) that waited too long for their goods", held);
			}
		}
		catch (RuntimeException e) {
			log.error("Holding supplier invoices that waited too long failed; the next check tries again", e);
		}
	}
}

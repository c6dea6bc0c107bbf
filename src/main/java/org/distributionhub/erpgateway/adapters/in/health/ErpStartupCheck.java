package org.distributionhub.erpgateway.adapters.in.health;

import org.distributionhub.erpgateway.api.FindErpHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks the ERP once the hub is ready, on a thread of its own so a slow ERP does not delay the start, and says in
 * one log line whether it answers: a wrong URL or wrong credentials show here (and in /actuator/health and the
 * console), not as a stack trace. The hub starts either way; postings wait in the ledger.
 */
@Component
class ErpStartupCheck {

	private static final Logger LOG = LoggerFactory.getLogger(ErpStartupCheck.class);

	private final FindErpHealth erp;

	ErpStartupCheck(FindErpHealth erp) {
		this.erp = erp;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkErp() {
		var thread = new Thread(this::check, "erp-startup-check");
		thread.setDaemon(true);
		thread.start();
	}

	void check() {
		try {
			var view = erp.checkNow();
			switch (view.check()) {
				case "UP" -> LOG.info("ERP {}: {}", view.erp(), view.checkDetail());
				case "DOWN" -> LOG.warn("ERP {} is not usable: {}. Postings wait in the ledger until it is; see "
						+ "/actuator/health and the console's ERP postings page.", view.erp(), view.checkDetail());
				default -> LOG.info("ERP {}: {}", view.erp(), view.checkDetail());
			}
		}
		catch (RuntimeException e) {
			LOG.warn("ERP check at start failed: {}", e.toString());
		}
	}
}

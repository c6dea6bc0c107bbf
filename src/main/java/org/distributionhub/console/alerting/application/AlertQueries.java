package org.distributionhub.console.alerting.application;

import org.distributionhub.console.alerting.ports.in.AlertView;
import org.distributionhub.console.alerting.ports.in.FindAlerts;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.platform.api.PageOf;
import org.springframework.stereotype.Service;

/** Reads the alert history for the console and the staff API. */
@Service
class AlertQueries implements FindAlerts {

	static final int MAX_PAGE_SIZE = 200;

	private final Alerts alerts;

	AlertQueries(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public PageOf<AlertView> find(boolean openOnly, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("A page is 0 or more and its size 1 to " + MAX_PAGE_SIZE);
		}
		return alerts.find(openOnly, page, size);
	}
}

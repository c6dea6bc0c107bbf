package org.distributionhub.console.alerting.application;

import org.distributionhub.console.alerting.ports.in.AlertTransition;
import org.distributionhub.console.alerting.ports.in.AlertView;
import org.distributionhub.console.alerting.ports.in.FindAlerts;
import org.distributionhub.console.alerting.ports.in.NotificationStatus;
import org.distributionhub.console.alerting.ports.in.NotificationView;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.console.alerting.ports.out.Alerts.AlertRecord;
import org.distributionhub.console.alerting.ports.out.Alerts.NotificationRecord;
import org.distributionhub.console.ports.in.IncidentKind;
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
		var found = alerts.find(openOnly, page, size);
		return new PageOf<>(found.items().stream().map(AlertQueries::view).toList(), page, size, found.total());
	}

	private static AlertView view(AlertRecord alert) {
		return new AlertView(alert.id(), alert.ruleId(), alert.ruleName(), IncidentKind.valueOf(alert.kind()),
				alert.businessKey(), alert.summary(), alert.link(), alert.since(), alert.firedAt(), alert.resolvedAt(),
				alert.notifications().stream().map(AlertQueries::view).toList());
	}

	private static NotificationView view(NotificationRecord notification) {
		return new NotificationView(AlertTransition.valueOf(notification.transition()), notification.channel(),
				NotificationStatus.valueOf(notification.status()), notification.attempts(), notification.lastError(),
				notification.sentAt(), notification.nextAttemptAt());
	}
}

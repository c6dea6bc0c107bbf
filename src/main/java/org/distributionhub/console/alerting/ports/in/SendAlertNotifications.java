package org.distributionhub.console.alerting.ports.in;

/** Sends the notifications that are due (new ones and failed ones whose retry time came); returns how many were sent. */
public interface SendAlertNotifications {

	int sendDue();
}

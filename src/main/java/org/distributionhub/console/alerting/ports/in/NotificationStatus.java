package org.distributionhub.console.alerting.ports.in;

/** Where a notification stands: waiting (first try or a retry), sent, or given up after its last attempt failed. */
public enum NotificationStatus {
	PENDING, SENT, GAVE_UP
}

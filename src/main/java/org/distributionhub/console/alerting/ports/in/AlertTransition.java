package org.distributionhub.console.alerting.ports.in;

/** What a notification tells: an alert fired or resolved. */
public enum AlertTransition {
	FIRED, RESOLVED
}

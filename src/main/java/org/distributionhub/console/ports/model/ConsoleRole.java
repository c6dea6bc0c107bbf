package org.distributionhub.console.ports.model;

/** What a console user may do: ADMIN everything, OPERATOR view and resubmit deliveries, AUDITOR only look. */
public enum ConsoleRole {
	ADMIN, OPERATOR, AUDITOR
}

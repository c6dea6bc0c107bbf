package org.distributionhub.platform.api;

/** The roles a console user holds, as the staff API's rules name them. */
public enum StaffRole {

	ADMIN, OPERATOR, AUDITOR
}

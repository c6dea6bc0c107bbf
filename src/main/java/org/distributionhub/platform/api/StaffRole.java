package org.distributionhub.platform.api;

/** The staff roles: the one a console user holds and those a module's staff API rules require. */
public enum StaffRole {

	ADMIN, OPERATOR, AUDITOR
}

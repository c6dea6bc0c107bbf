/**
 * The embedded web console: sign-in with roles, the event log, failed deliveries and their resubmission, suppliers,
 * partner messages and parked documents, ERP postings and their retry, park and cancel, the audit trail.
 */
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "shared", "platform :: api", "platform :: correlation",
				"platform :: problems",
				"supplier :: api", "erpgateway :: api", "order :: api", "inventory :: api" })
@NullMarked
package org.distributionhub.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

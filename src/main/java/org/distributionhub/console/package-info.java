/** The embedded web console: sign-in with roles, the event log, failed deliveries and their resubmission, the audit trail, the suppliers. */
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "shared", "platform :: api", "platform :: model", "platform :: correlation",
				"supplier :: api" })
@NullMarked
package org.distributionhub.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The platform under the business modules: dependable delivery of events between them (retries with backoff,
 * dead letters, exactly-once application per listener), correlation ids, the event log and the admin audit trail.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package org.distributionhub.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

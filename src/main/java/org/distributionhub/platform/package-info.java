/**
 * The platform under the business modules: dependable delivery of events between them (retries with backoff,
 * dead letters, exactly-once application per listener), correlation ids, the event log, the admin audit trail and the
 * one way watched folders are worked.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@NullMarked
package org.distributionhub.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

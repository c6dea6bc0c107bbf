/** Test-only module that listens to probe events, fails on them when told to, and records what it applied. */
@ApplicationModule(displayName = "probe-receiver", allowedDependencies = { "shared", "probesender :: events" })
@NullMarked
package org.distributionhub.probereceiver;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

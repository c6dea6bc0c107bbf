/** Test-only module that publishes probe events, to prove the event backbone before business flows exist. */
@ApplicationModule(displayName = "probe-sender", allowedDependencies = { "shared", "platform :: correlation" })
@NullMarked
package org.distributionhub.probesender;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

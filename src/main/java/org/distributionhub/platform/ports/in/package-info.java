/** What the platform offers: the event log, deliveries and their resubmission, the admin audit trail; the console's only way in. */
@NamedInterface("api")
@PrimaryPort
@NullMarked
package org.distributionhub.platform.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules may call of the platform and the records it speaks: the event log, deliveries and their
 * resubmission, the admin audit trail, and the staff API rules each module contributes.
 */
@NamedInterface("api")
@Port
@NullMarked
package org.distributionhub.platform.api;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

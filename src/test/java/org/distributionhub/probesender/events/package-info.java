/** The probe event, the only thing the probe sender shares. */
@NamedInterface("events")
@Port
@NullMarked
package org.distributionhub.probesender.events;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

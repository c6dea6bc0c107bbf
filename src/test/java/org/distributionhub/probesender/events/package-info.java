/** The probe event, the only thing the probe sender shares. */
@NamedInterface("events")
@NullMarked
package org.distributionhub.probesender.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

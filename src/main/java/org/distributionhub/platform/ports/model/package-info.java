/** Records the platform's ports speak in, in and out alike: log entries, deliveries, filters, pages, audit entries. */
@NamedInterface("model")
@Port
@NullMarked
package org.distributionhub.platform.ports.model;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

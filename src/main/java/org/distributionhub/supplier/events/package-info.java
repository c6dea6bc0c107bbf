/** Business facts the Supplier module publishes for other modules: its only contract with them. */
@NamedInterface("events")
@Port
@NullMarked
package org.distributionhub.supplier.events;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/** Read-only queries other modules (the console) may ask of the Order module. */
@NamedInterface("api")
@org.jmolecules.architecture.hexagonal.PrimaryPort
@NullMarked
package org.distributionhub.order.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

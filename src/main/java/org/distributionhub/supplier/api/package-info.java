/** Read-only supplier queries and API key administration for the console, without any domain type or secret. */
@NamedInterface("api")
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.api;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

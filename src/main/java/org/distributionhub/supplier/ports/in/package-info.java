/** Use cases and queries the Supplier module offers its adapters and the console, with their command and view records. */
@PrimaryPort
@NamedInterface("api")
@NullMarked
package org.distributionhub.supplier.ports.in;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.springframework.modulith.NamedInterface;

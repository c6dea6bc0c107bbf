/** Use cases and queries the Supplier module offers its adapters, with their command and view records. */
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.ports.in;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

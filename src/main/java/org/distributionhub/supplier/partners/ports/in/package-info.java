/** Use cases and queries the partner directory offers its adapters, with their command and view records. */
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.partners.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

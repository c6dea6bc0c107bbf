/** Use cases and queries the Inventory module offers its adapters, with their command and view records. */
@PrimaryPort
@NullMarked
package org.distributionhub.inventory.ports.in;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

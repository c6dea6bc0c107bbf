/** What procurement needs stored: purchase orders and the ship notices already taken in. */
@SecondaryPort
@NullMarked
package org.distributionhub.supplier.procurement.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

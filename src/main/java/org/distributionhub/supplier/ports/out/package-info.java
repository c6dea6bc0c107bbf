/** What the Supplier module needs from the outside world, named for the need rather than the technology. */
@SecondaryPort
@NullMarked
package org.distributionhub.supplier.ports.out;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

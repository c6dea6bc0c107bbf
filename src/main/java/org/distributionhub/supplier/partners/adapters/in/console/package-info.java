/** The console's calls into the partner directory (supplier.api), translated into the room's use cases. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.partners.adapters.in.console;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

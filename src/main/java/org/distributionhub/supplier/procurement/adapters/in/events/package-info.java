/** Listeners that turn other modules' events into procurement commands. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.in.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

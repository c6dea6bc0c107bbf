/** Timers of the Inventory module: the warehouse folder is looked at every poll interval. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.in.scheduling;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

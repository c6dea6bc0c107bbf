/** Listeners that turn other modules' events into commands of the Inventory module. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.in.events;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

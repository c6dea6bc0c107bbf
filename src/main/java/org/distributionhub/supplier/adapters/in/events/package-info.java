/** Listeners that turn other modules' events into commands of the Supplier module. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.events;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

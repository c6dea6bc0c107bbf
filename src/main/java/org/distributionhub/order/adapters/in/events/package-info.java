/** Listeners that turn other modules' events into commands of the Order module. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.order.adapters.in.events;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

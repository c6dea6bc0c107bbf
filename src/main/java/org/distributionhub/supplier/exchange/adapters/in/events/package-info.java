/** Listeners that turn the Supplier module's own business events into answers to its partners. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.in.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

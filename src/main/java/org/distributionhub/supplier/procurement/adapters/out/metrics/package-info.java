/** Counters of what became of supplier invoices, in Micrometer. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

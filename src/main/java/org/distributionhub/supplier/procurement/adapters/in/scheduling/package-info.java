/** The timer that reports overdue acknowledgements. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

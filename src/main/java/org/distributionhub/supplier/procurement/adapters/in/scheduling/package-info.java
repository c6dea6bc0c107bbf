/** The timers that report overdue acknowledgements and hold invoices that waited too long for their goods. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/** The timers that deliver the partner outbox and report overdue acknowledgements. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.scheduling;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** The timers that deliver the partner outbox to folders and webhooks. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/**
 * What the console may call of Supplier: queries over partners, messages and overdue acknowledgements (and marking
 * an outbox document pulled), API key administration and parked-document replay, without any domain type or
 * secret; and the vocabulary of partner messages (statuses, document kinds and results, outbox kinds and
 * deliveries): a port of either side, so the exchange's store speaks it too.
 */
@NamedInterface("api")
@Port
@NullMarked
package org.distributionhub.supplier.api;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

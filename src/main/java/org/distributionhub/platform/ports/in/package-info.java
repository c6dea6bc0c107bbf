/**
 * Use cases the platform's own adapters drive: guarding each listener delivery, the automatic retry round and the
 * takeover of deliveries a dead run left in flight.
 */
@PrimaryPort
@NullMarked
package org.distributionhub.platform.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

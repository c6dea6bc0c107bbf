/**
 * What the message exchange needs: readers and writers of partner formats, the message store, the outbox, folders,
 * control numbers, webhooks.
 */
@SecondaryPort
@NullMarked
package org.distributionhub.supplier.exchange.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

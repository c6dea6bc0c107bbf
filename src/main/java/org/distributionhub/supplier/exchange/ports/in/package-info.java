/** Use cases the message exchange offers its adapters: receiving a message, delivering the outbox, sending webhooks. */
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.exchange.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

/** JDBC persistence of received messages, parked documents, the partner outbox and control numbers. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

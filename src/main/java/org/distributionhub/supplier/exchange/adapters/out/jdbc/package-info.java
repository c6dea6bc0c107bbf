/**
 * Received messages, parked documents, the partner outbox (FOR UPDATE SKIP LOCKED claims) and control numbers,
 * hand-written with JdbcClient.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

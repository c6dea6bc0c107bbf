/**
 * Expected inbounds, stock positions and order allocations (rows locked FOR UPDATE, ON CONFLICT inserts), the warehouse
 * event log and feed runs, hand-written with JdbcClient.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

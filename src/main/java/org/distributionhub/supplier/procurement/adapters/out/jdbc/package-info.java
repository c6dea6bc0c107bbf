/**
 * Purchase orders with their lines (a save updates the order and rewrites its lines) and ship notices (ON CONFLICT
 * inserts), hand-written with JdbcClient.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

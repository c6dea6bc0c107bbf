/**
 * The registry tables, the inbox, the attempt ledger and the audit trail, hand-written with JdbcClient (conditional
 * updates that race safely, ON CONFLICT claims, reports).
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

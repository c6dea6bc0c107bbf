/**
 * The posting ledger (FOR UPDATE SKIP LOCKED claims, versioned changes, ON CONFLICT inserts), purchase-order watermarks
 * and released-order revisions, hand-written with JdbcClient.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

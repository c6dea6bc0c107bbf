/**
 * Customer orders (one row each, details as JSON, saved in one statement), their promise changes and the console's
 * order overview (a reporting query), hand-written with JdbcClient.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.order.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/**
 * Profiles with their channels and code map, API keys and imported partner files as Spring Data JDBC aggregates, the
 * item cross-reference written as a difference with JdbcClient, and their in-memory caches.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.partners.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

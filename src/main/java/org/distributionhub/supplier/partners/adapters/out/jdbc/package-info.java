/** JDBC persistence of profiles, API keys and imported partner files, with their in-memory caches. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.partners.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/** Spring Data JDBC persistence of the Inventory module's aggregates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.out.jdbc;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Spring Data JDBC persistence of the Supplier module's aggregates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.out.jdbc;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Spring Data JDBC persistence of the Order module's aggregates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.order.adapters.out.jdbc;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

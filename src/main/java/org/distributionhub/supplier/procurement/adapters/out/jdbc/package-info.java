/** JDBC persistence of purchase orders and ship notices. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/** Spring Data JDBC persistence of the erp-gateway module's aggregates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.jdbc;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** JDBC access to the registry tables, the inbox, the attempt ledger and the audit trail. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

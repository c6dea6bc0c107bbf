/** JDBC access to the console_user table. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

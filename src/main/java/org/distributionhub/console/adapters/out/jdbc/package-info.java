/** The console_user table as a Spring Data JDBC aggregate; the insert-if-absent stays one ON CONFLICT statement. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

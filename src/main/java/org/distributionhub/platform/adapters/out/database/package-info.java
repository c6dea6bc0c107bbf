/** Bounds every wait on the database: driver, pool and session timeouts applied to whatever URL the operator gives. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.database;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

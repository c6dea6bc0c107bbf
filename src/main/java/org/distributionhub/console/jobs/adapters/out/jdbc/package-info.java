/** Bulk jobs and their items in the console's tables; one running job per kind, claims by guarded updates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.jobs.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

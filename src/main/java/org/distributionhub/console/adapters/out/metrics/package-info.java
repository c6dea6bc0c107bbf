/** Counters of sign-in failures, lockouts and account changes, in Micrometer. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.adapters.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/** Reads the listener threads' executor: how many listener invocations wait in its in-memory queue. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.executor;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/** Traces through Micrometer Tracing: handed over from the thread that stored work to the one that sends it. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.tracing;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

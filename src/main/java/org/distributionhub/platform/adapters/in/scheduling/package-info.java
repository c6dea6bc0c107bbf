/** The timer that drives automatic retries and dead-lettering. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

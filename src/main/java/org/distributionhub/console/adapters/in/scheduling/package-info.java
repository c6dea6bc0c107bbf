/** The timer that samples the backlog once a minute for the backlog charts. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

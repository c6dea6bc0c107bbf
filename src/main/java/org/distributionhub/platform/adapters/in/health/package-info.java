/** The delivery backlog for operators: the actuator's "backlog" health component and its gauges. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.health;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

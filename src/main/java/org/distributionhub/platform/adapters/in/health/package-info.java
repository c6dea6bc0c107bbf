/** Health the actuator reports for a load balancer: a database check that answers in bounded time, listener progress. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.health;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

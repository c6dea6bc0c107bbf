/** Health the actuator reports for operators and a load balancer: a database check that answers in bounded time,
 * listener progress, and the delivery backlog with its gauges. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.in.health;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

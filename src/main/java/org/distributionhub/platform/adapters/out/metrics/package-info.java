/** Publishes the state of event delivery as Micrometer gauges, for Prometheus and the actuator. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

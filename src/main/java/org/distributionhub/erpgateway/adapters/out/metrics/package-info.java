/** Publishes the state of the posting ledger as Micrometer gauges, for Prometheus and the actuator. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

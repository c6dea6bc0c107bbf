/** Gauges of the incidents the last evaluation saw, by kind, for Prometheus' own alerting rules. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.alerting.adapters.out.metrics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

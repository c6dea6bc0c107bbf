/** Evaluates the alert rules every hub.alerting.evaluation-interval and sends due notifications on a thread of their own. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.console.alerting.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

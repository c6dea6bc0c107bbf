/** What alerting needs from outside: the alert history, the admins' rule edits, notification channels, incident gauges. */
@SecondaryPort
@NullMarked
package org.distributionhub.console.alerting.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

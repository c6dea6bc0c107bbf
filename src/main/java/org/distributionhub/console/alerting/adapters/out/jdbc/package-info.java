/** Alerts, their notifications and the admins' rule edits in the console's tables; one open alert per key, claims by guarded updates. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.console.alerting.adapters.out.jdbc;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

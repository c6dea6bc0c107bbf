package org.distributionhub.console.alerting.ports.in;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.distributionhub.console.ports.in.IncidentKind;

/**
 * The rules in force (configuration overlaid with the admins' edits), and an admin's edit or reset; each change is
 * recorded in the admin audit trail.
 */
public interface ManageAlertRules {

	List<AlertRuleView> rules();

	/** Adds a rule or replaces one; an invalid rule is refused with IllegalArgumentException. */
	AlertRuleView save(SaveAlertRuleCommand command);

	/** Drops an admin's edit: a configured rule goes back to its configuration, an added one is removed. */
	boolean reset(String id, String actor);

	record SaveAlertRuleCommand(String id, String name, Set<IncidentKind> kinds, int minCount, Duration minAge,
			boolean enabled, String actor) {
	}
}

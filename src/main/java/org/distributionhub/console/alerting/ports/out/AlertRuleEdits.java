package org.distributionhub.console.alerting.ports.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The rules admins added or changed in the console; they take precedence over the configured ones of the same id. */
public interface AlertRuleEdits {

	List<EditedRule> all();

	void save(EditedRule rule);

	boolean delete(String id);

	/** A rule as an admin left it, its kinds by name. */
	record EditedRule(String id, String name, List<String> kinds, int minCount, Duration minAge, boolean enabled,
			Instant updatedAt, String updatedBy) {

		public EditedRule {
			kinds = List.copyOf(kinds);
		}
	}
}

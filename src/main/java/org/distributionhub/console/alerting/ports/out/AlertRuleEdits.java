package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.console.alerting.domain.AlertRule;

/** The rules admins added or changed in the console; they take precedence over the configured ones of the same id. */
public interface AlertRuleEdits {

	List<EditedRule> all();

	void save(AlertRule rule, String actor, Instant at);

	boolean delete(String id);

	/** A rule as an admin left it. */
	record EditedRule(AlertRule rule, Instant updatedAt, String updatedBy) {
	}
}

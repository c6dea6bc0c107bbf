package org.distributionhub.console.alerting.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.distributionhub.console.alerting.domain.AlertRule;
import org.distributionhub.console.alerting.ports.in.AlertRuleView;
import org.distributionhub.console.alerting.ports.in.AlertRuleView.Origin;
import org.distributionhub.console.alerting.ports.in.ManageAlertRules;
import org.distributionhub.console.alerting.ports.out.AlertRuleEdits;
import org.distributionhub.console.alerting.ports.out.AlertRuleEdits.EditedRule;
import org.distributionhub.console.ports.in.IncidentKind;
import org.distributionhub.platform.api.AdminAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The rules in force: the configured ones in their order, each replaced by an admin's edit, then the rules admins added. */
@Service
class AlertRuleService implements ManageAlertRules {

	private final AlertingProperties properties;
	private final AlertRuleEdits edits;
	private final AdminAudit audit;
	private final Clock clock;

	AlertRuleService(AlertingProperties properties, AlertRuleEdits edits, AdminAudit audit, Clock clock) {
		this.properties = properties;
		this.edits = edits;
		this.audit = audit;
		this.clock = clock;
		properties.rules().forEach((id, configured) -> configured.toRule(id));
	}

	/** The rules evaluation applies. */
	List<AlertRule> inForce() {
		return rules().stream()
			.map(view -> new AlertRule(view.id(), view.name(), Set.copyOf(view.kinds()), view.minCount(),
					view.minAge(), view.enabled()))
			.toList();
	}

	@Override
	public List<AlertRuleView> rules() {
		Map<String, EditedRule> edited = edits.all()
			.stream()
			.collect(Collectors.toMap(EditedRule::id, edit -> edit, (a, b) -> a, LinkedHashMap::new));
		List<AlertRuleView> views = new ArrayList<>();
		properties.rules().forEach((id, configured) -> {
			EditedRule edit = edited.remove(id);
			views.add(edit == null ? view(configured.toRule(id), Origin.CONFIGURED, null)
					: view(rule(edit), Origin.EDITED, edit));
		});
		edited.values().stream()
			.sorted(Comparator.comparing(EditedRule::id))
			.forEach(edit -> views.add(view(rule(edit), Origin.ADDED, edit)));
		return List.copyOf(views);
	}

	@Override
	public AlertRuleView save(SaveAlertRuleCommand command) {
		var rule = new AlertRule(command.id(), command.name(), command.kinds(), command.minCount(), command.minAge(),
				command.enabled());
		edits.save(new EditedRule(rule.id(), rule.name(), rule.sortedKinds().stream().map(Enum::name).toList(),
				rule.minCount(), rule.minAge(), rule.enabled(), clock.instant(), command.actor()));
		audit.record(command.actor(), "EDIT_ALERT_RULE", "alert rule " + rule.id(), "", describe(rule));
		return rules().stream().filter(view -> view.id().equals(rule.id())).findFirst().orElseThrow();
	}

	@Override
	public boolean reset(String id, String actor) {
		boolean removed = edits.delete(id);
		if (removed) {
			audit.record(actor, "RESET_ALERT_RULE", "alert rule " + id, "",
					properties.rules().containsKey(id) ? "back to its configuration" : "removed");
		}
		return removed;
	}

	static String describe(AlertRule rule) {
		return (rule.enabled() ? "enabled" : "disabled") + ", kinds " + rule.sortedKinds() + ", at least "
				+ rule.minCount() + " incident(s) at least " + rule.minAge() + " old";
	}

	private static AlertRule rule(EditedRule edit) {
		return new AlertRule(edit.id(), edit.name(),
				edit.kinds().stream().map(IncidentKind::valueOf).collect(Collectors.toSet()), edit.minCount(),
				edit.minAge(), edit.enabled());
	}

	private static AlertRuleView view(AlertRule rule, Origin origin, @Nullable EditedRule edit) {
		return new AlertRuleView(rule.id(), rule.name(), rule.sortedKinds(), rule.minCount(), rule.minAge(),
				rule.enabled(), origin, edit == null ? null : edit.updatedAt(), edit == null ? null : edit.updatedBy());
	}
}

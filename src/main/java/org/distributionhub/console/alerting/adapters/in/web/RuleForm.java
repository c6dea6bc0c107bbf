package org.distributionhub.console.alerting.adapters.in.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.distributionhub.console.alerting.ports.in.InvalidAlertRule;
import org.distributionhub.console.alerting.ports.in.ManageAlertRules.SaveAlertRuleCommand;
import org.distributionhub.console.ports.in.IncidentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;

/** A rule as the console's form and the JSON API send it; turned into a command with the reasons it may be refused. */
record RuleForm(@Nullable String name, @Nullable List<String> kinds, @Nullable String minCount,
		@Nullable String minAge, @Nullable Boolean enabled) {

	SaveAlertRuleCommand toCommand(String id, String actor) {
		return new SaveAlertRuleCommand(id, Objects.requireNonNullElse(name, ""), parsedKinds(), count(), age(),
				Boolean.TRUE.equals(enabled), actor);
	}

	private Set<IncidentKind> parsedKinds() {
		Set<IncidentKind> parsed = EnumSet.noneOf(IncidentKind.class);
		for (String kind : Objects.requireNonNullElse(kinds, List.<String>of())) {
			try {
				parsed.add(IncidentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidAlertRule("kinds", "No incident kind '" + kind + "'");
			}
		}
		return parsed;
	}

	private int count() {
		try {
			return minCount == null || minCount.isBlank() ? 1 : Integer.parseInt(minCount.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidAlertRule("minCount", "The minimum count is a whole number, not '" + minCount + "'");
		}
	}

	private Duration age() {
		try {
			return minAge == null || minAge.isBlank() ? Duration.ZERO : DurationStyle.detectAndParse(minAge.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidAlertRule("minAge", "The minimum age is a duration such as 90s, 15m or 2h, not '" + minAge + "'");
		}
	}
}

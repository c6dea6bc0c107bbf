package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a channel tells people: the alert FIRED or RESOLVED, its rule, the incident and where to act (absolute link). */
public record AlertNotice(String transition, String ruleId, String ruleName, String kind,
		String businessKey, String summary, String link, Instant since, Instant firedAt, @Nullable Instant resolvedAt) {

	public static final String FIRED = "FIRED";

	public static final String RESOLVED = "RESOLVED";

	public boolean fired() {
		return FIRED.equals(transition);
	}

	/** The same notice with its console link made absolute under the console's address. */
	public AlertNotice linkedUnder(String consoleUrl) {
		String base = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
		return new AlertNotice(transition, ruleId, ruleName, kind, businessKey, summary,
				link.startsWith("/") ? base + link : link, since, firedAt, resolvedAt);
	}

	/** One line a chat tool or a mail subject shows. */
	public String headline() {
		return "[" + (fired() ? "FIRING" : "RESOLVED") + "] " + ruleName + ": " + kind
				+ " " + businessKey;
	}

	/** The headline, the summary and the link, as a chat message or a mail body. */
	public String text() {
		String when = fired() ? "since " + since : "resolved at " + resolvedAt;
		return headline() + "\n" + summary + " (" + when + ")\n" + link;
	}
}

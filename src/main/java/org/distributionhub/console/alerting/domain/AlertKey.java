package org.distributionhub.console.alerting.domain;

/** What makes an alert one: the rule, the incident's kind (its name) and its business key. One open alert per key at a time. */
public record AlertKey(String ruleId, String kind, String businessKey) {

	/** The key as one text, unique among open alerts. */
	public String value() {
		return ruleId + "|" + kind + "|" + businessKey;
	}
}

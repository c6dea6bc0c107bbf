package org.distributionhub.platform.api;

/** The append-only trail of admin actions: modules record what their admins did, the console shows it. */
public interface AdminAudit {

	AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome);

	PageOf<AdminAuditEntryView> find(int page, int size);

	/** Admin actions whose target names any of the given texts (an id, a key), oldest first, at most {@code limit}. */
	default java.util.List<AdminAuditEntryView> mentioning(java.util.Collection<String> texts, int limit) {
		return java.util.List.of();
	}
}

package org.distributionhub.platform.ports.out;

import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.PageOf;

/** Append-only storage of admin actions: there is no way to change or remove an entry. */
public interface AdminAuditTrail {

	AdminAuditEntryView append(String actor, String action, String target, String reason, String outcome);

	PageOf<AdminAuditEntryView> find(int page, int size);

	/** Entries whose target names any of the given texts, oldest first. */
	java.util.List<AdminAuditEntryView> mentioning(java.util.Collection<String> texts, int limit);
}

package org.distributionhub.platform.ports.out;

import java.util.Collection;
import java.util.List;

import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.AuditFilter;
import org.distributionhub.platform.api.PageOf;

/** Append-only storage of admin actions: there is no way to change or remove an entry. */
public interface AdminAuditTrail {

	AdminAuditEntryView append(String actor, String action, String target, String reason, String outcome);

	PageOf<AdminAuditEntryView> find(int page, int size);

	/** Entries whose target names any of the given texts, oldest first. */
	List<AdminAuditEntryView> mentioning(Collection<String> texts, int limit);

	/** The entries the filter matches, newest first. */
	PageOf<AdminAuditEntryView> find(AuditFilter filter, int page, int size);

	List<String> actions();
}

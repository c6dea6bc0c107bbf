package org.distributionhub.platform.api;

import java.util.List;

/** Reads the admin audit trail filtered, newest first, a page at a time; and the actions it has recorded. */
public interface FindAuditEntries {

	PageOf<AdminAuditEntryView> find(AuditFilter filter, int page, int size);

	/** Every action name the trail holds, alphabetically, for a filter to offer. */
	List<String> actions();
}

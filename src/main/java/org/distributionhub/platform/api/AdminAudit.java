package org.distributionhub.platform.api;

/** The append-only trail of admin actions: modules record what their admins did, the console shows it. */
public interface AdminAudit {

	AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome);

	PageOf<AdminAuditEntryView> find(int page, int size);
}

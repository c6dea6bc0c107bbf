package org.distributionhub.supplier.partners.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.PageOf;

/** The admin audit trail as a list, for use case tests. */
public class RecordingAudit implements AdminAudit {

	final List<AdminAuditEntryView> entries = new ArrayList<>();

	@Override
	public AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome) {
		var entry = new AdminAuditEntryView(entries.size() + 1, Instant.EPOCH, actor, action, target, reason, outcome);
		entries.add(entry);
		return entry;
	}

	@Override
	public PageOf<AdminAuditEntryView> find(int page, int size) {
		return new PageOf<>(entries, page, size, entries.size());
	}

	public List<String> lines() {
		return entries.stream().map(it -> it.actor() + " " + it.action() + " " + it.target() + ": " + it.outcome())
			.toList();
	}
}

package org.distributionhub.platform.application;

import org.distributionhub.platform.api.AdminAudit;
import java.util.Collection;
import java.util.List;

import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.AuditFilter;
import org.distributionhub.platform.api.FindAuditEntries;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.ports.out.AdminAuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the admin audit trail; an entry is written even when the caller's own work rolls back. */
@Service
class AdminAuditService implements AdminAudit, FindAuditEntries {

	private final AdminAuditTrail trail;

	AdminAuditService(AdminAuditTrail trail) {
		this.trail = trail;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome) {
		return trail.append(actor, action, target, reason, outcome);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<AdminAuditEntryView> find(int page, int size) {
		return trail.find(page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AdminAuditEntryView> mentioning(Collection<String> texts, int limit) {
		return texts.isEmpty() ? List.of() : trail.mentioning(texts, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<AdminAuditEntryView> find(AuditFilter filter, int page, int size) {
		return trail.find(filter, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> actions() {
		return trail.actions();
	}
}

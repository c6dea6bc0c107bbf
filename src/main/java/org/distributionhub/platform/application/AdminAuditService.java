package org.distributionhub.platform.application;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.ports.out.AdminAuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the admin audit trail; an entry is written even when the caller's own work rolls back. */
@Service
class AdminAuditService implements AdminAudit {

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
	public java.util.List<AdminAuditEntryView> mentioning(java.util.Collection<String> texts, int limit) {
		return texts.isEmpty() ? java.util.List.of() : trail.mentioning(texts, limit);
	}
}

package org.distributionhub.supplier.partners.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Managing suppliers, their API keys and item cross-references needs an ADMIN. */
@Component
class SupplierAdminStaffApiRules implements StaffApiRules {

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.anyMethod(List.of("/api/v1/admin/suppliers/**"), ADMIN));
	}
}

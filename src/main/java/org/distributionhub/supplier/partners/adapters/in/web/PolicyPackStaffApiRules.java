package org.distributionhub.supplier.partners.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Reading and managing policy packs needs an ADMIN (suppliers' policies sit under the suppliers' rule). */
@Component
class PolicyPackStaffApiRules implements StaffApiRules {

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.anyMethod(List.of(AdminPolicyPacksController.PACKS,
				AdminPolicyPacksController.PACKS + "/**"), ADMIN));
	}
}

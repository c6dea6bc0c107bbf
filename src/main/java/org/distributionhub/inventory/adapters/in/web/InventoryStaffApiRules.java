package org.distributionhub.inventory.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/**
 * Any staff role reads stock and expected inbound; inventory feeds and warehouse events need an ADMIN or OPERATOR
 * (the WMS has one).
 */
@Component
class InventoryStaffApiRules implements StaffApiRules {

	private static final String INVENTORY = "/api/v1/inventory/**";

	private static final String WAREHOUSE = "/api/v1/warehouse/**";

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(List.of(INVENTORY), ADMIN, OPERATOR, AUDITOR),
				StaffApiRule.anyMethod(List.of(INVENTORY, WAREHOUSE), ADMIN, OPERATOR));
	}
}

package org.distributionhub.supplier.procurement.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/**
 * Taking purchase orders in and reading them needs an ADMIN or OPERATOR; a dry run of a supplier's sample against
 * them, reading dry runs and a supplier's invoice tolerances, an ADMIN.
 */
@Component
class PurchaseOrderStaffApiRules implements StaffApiRules {

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.anyMethod(List.of("/api/v1/purchase-orders/**"), ADMIN, OPERATOR),
				StaffApiRule.anyMethod(List.of("/api/v1/admin/suppliers/*/dry-run", "/api/v1/admin/suppliers/*/dry-runs",
						"/api/v1/admin/suppliers/*/dry-runs/*", "/api/v1/admin/suppliers/*/invoice-tolerances"), ADMIN));
	}
}

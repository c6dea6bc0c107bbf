package org.distributionhub.console.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Every staff role reads supplier invoices and accruals; approving and rejecting needs an ADMIN or OPERATOR. */
@Component
class SupplierInvoicesStaffApiRules implements StaffApiRules {

	private static final List<String> INVOICES = List.of(SupplierInvoicesApiController.PATH,
			SupplierInvoicesApiController.PATH + "/**");

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(INVOICES, ADMIN, OPERATOR, AUDITOR),
				StaffApiRule.anyMethod(INVOICES, ADMIN, OPERATOR));
	}
}

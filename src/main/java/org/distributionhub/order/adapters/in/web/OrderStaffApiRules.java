package org.distributionhub.order.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Any staff role reads orders; placing, changing and cancelling them needs an ADMIN or OPERATOR (the OMS has one). */
@Component
class OrderStaffApiRules implements StaffApiRules {

	private static final List<String> ORDERS = List.of(OrderIntakeController.PATH, OrderIntakeController.PATH + "/**");

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(ORDERS, ADMIN, OPERATOR, AUDITOR),
				StaffApiRule.anyMethod(ORDERS, ADMIN, OPERATOR));
	}
}

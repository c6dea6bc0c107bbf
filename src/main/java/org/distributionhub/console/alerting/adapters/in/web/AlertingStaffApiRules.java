package org.distributionhub.console.alerting.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Any staff role reads alerts and rules; changing a rule needs an ADMIN. */
@Component
class AlertingStaffApiRules implements StaffApiRules {

	private static final List<String> ALERTS = List.of(AlertsApiController.PATH, AlertsApiController.PATH + "/**");

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(ALERTS, ADMIN, OPERATOR, AUDITOR), StaffApiRule.anyMethod(ALERTS, ADMIN));
	}
}

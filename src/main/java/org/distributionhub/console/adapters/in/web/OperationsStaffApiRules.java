package org.distributionhub.console.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Any staff role reads the operations cockpit: incidents, traffic, backlog and supplier scorecards. */
@Component
class OperationsStaffApiRules implements StaffApiRules {

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(List.of(IncidentsApiController.PATH, OperationsApiController.API + "/throughput",
				OperationsApiController.API + "/backlog", OperationsApiController.API + "/scorecards",
				OperationsApiController.API + "/scorecards/*"), ADMIN, OPERATOR, AUDITOR));
	}
}

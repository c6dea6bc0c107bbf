package org.distributionhub.console.jobs.adapters.in.web;

import static org.distributionhub.platform.api.StaffRole.ADMIN;
import static org.distributionhub.platform.api.StaffRole.AUDITOR;
import static org.distributionhub.platform.api.StaffRole.OPERATOR;

import java.util.List;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.stereotype.Component;

/** Any staff role reads bulk jobs; starting and cancelling one needs an OPERATOR or ADMIN. */
@Component
class JobsStaffApiRules implements StaffApiRules {

	private static final List<String> JOBS = List.of(JobsApiController.PATH, JobsApiController.PATH + "/**");

	@Override
	public List<StaffApiRule> rules() {
		return List.of(StaffApiRule.reading(JOBS, ADMIN, OPERATOR, AUDITOR), StaffApiRule.anyMethod(JOBS, ADMIN, OPERATOR));
	}
}

package org.distributionhub.erpgateway.adapters.in.health;

import org.distributionhub.erpgateway.api.ErpHealthView;
import org.distributionhub.erpgateway.api.FindErpHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * /actuator/health's "erp" component. An ERP that is down or misconfigured reports DEGRADED with the reason: a status
 * the overall health does not count, because the hub keeps working (postings wait in the ledger) and must not be
 * restarted by a container health check for it.
 */
@Component("erp")
class ErpHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "The ERP is not usable now; postings wait in the ledger");

	private final FindErpHealth erp;

	ErpHealthIndicator(FindErpHealth erp) {
		this.erp = erp;
	}

	@Override
	public Health health() {
		ErpHealthView view = erp.health();
		var health = view.usable() ? Health.up() : Health.status(DEGRADED);
		health.withDetail("erp", view.erp())
			.withDetail("check", view.check())
			.withDetail("checkDetail", view.checkDetail())
			.withDetail("circuit", view.circuit());
		if (view.checkedAt() != null) {
			health.withDetail("checkedAt", view.checkedAt().toString());
		}
		if (view.lastSuccessAt() != null) {
			health.withDetail("lastSuccessAt", view.lastSuccessAt().toString());
		}
		if (view.lastFailure() != null) {
			health.withDetail("lastFailure", view.lastFailure())
				.withDetail("lastFailureAt", String.valueOf(view.lastFailureAt()))
				.withDetail("lastFailurePosting", String.valueOf(view.lastFailurePosting()));
		}
		return health.build();
	}
}

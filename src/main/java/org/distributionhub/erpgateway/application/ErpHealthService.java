package org.distributionhub.erpgateway.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.distributionhub.erpgateway.api.ErpHealthView;
import org.distributionhub.erpgateway.api.FindErpHealth;
import org.distributionhub.erpgateway.ports.out.ErpCheck;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Puts together what the hub knows of the ERP: a check of the ERP (kept for hub.erp.health.check-interval, so health
 * probes do not load the ERP), the circuit breaker's state and the last success and failure of this instance's
 * dispatcher.
 */
@Service
class ErpHealthService implements FindErpHealth {

	private final ErpClient erp;
	private final ErpCallGuard guard;
	private final ErpStatusBoard board;
	private final Clock clock;
	private final Duration checkInterval;
	private final AtomicReference<@Nullable Checked> last = new AtomicReference<>();

	ErpHealthService(ErpClient erp, ErpCallGuard guard, ErpStatusBoard board, Clock clock,
			@Value("${hub.erp.health.check-interval:1m}") Duration checkInterval) {
		this.erp = erp;
		this.guard = guard;
		this.board = board;
		this.clock = clock;
		this.checkInterval = checkInterval;
	}

	@Override
	public ErpHealthView health() {
		var checked = last.get();
		if (checked == null || checked.at().plus(checkInterval).isBefore(clock.instant())) {
			return checkNow();
		}
		return view(checked);
	}

	@Override
	public ErpHealthView checkNow() {
		ErpCheck check;
		try {
			check = erp.check();
		}
		catch (RuntimeException e) {
			check = ErpCheck.down(erp.name(), e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		var checked = new Checked(check, clock.instant());
		last.set(checked);
		return view(checked);
	}

	private ErpHealthView view(Checked checked) {
		var failure = board.lastFailure();
		return new ErpHealthView(checked.check().erp(), checked.check().status().name(), checked.check().detail(),
				checked.at(), guard.state().name(), board.lastSuccess(), failure == null ? null : failure.at(),
				failure == null ? null : failure.kind(), failure == null ? null : failure.posting(),
				failure == null ? null : failure.reason());
	}

	private record Checked(ErpCheck check, Instant at) {
	}
}

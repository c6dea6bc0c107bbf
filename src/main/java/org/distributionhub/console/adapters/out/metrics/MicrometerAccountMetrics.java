package org.distributionhub.console.adapters.out.metrics;

import org.distributionhub.console.ports.out.AccountMetrics;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * hub.console.sign-in.failures{reason}: refused sign-ins (wrong_password, unknown_user, disabled, locked);
 * hub.console.lockouts{scope}: locks that began, on a username or a client address; hub.console.account.changes{action}:
 * changes to accounts. No tag names a user or an address.
 */
@Component
class MicrometerAccountMetrics implements AccountMetrics {

	private final MeterRegistry meters;

	MicrometerAccountMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void signInFailed(String reason) {
		Counter.builder("hub.console.sign-in.failures")
			.description("Console sign-ins refused (form and HTTP basic), by reason")
			.tag("reason", reason)
			.register(meters)
			.increment();
	}

	@Override
	public void lockedOut(String scope) {
		Counter.builder("hub.console.lockouts")
			.description("Console sign-in locks begun after too many failures, on a username or a client address")
			.tag("scope", scope)
			.register(meters)
			.increment();
	}

	@Override
	public void accountChanged(String action) {
		Counter.builder("hub.console.account.changes")
			.description("Changes to console accounts, by action")
			.tag("action", action)
			.register(meters)
			.increment();
	}
}

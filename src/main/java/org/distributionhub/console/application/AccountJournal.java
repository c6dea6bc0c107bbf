package org.distributionhub.console.application;

import java.time.Duration;

import org.distributionhub.console.domain.ConsoleUser;
import org.distributionhub.console.ports.out.AccountMetrics;
import org.distributionhub.platform.api.AdminAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes down what happens to console accounts three ways: an entry in the admin audit trail, a log line (WARN for a
 * lockout) and a counter. A failed sign-in's actor is the client address it came from, as nobody signed in.
 */
@Component
class AccountJournal {

	static final String SIGN_IN_FAILED = "CONSOLE_SIGN_IN_FAILED";
	static final String SIGN_IN_LOCKED = "CONSOLE_SIGN_IN_LOCKED";

	private static final Logger LOG = LoggerFactory.getLogger(AccountJournal.class);

	private final AdminAudit audit;
	private final AccountMetrics metrics;

	AccountJournal(AdminAudit audit, AccountMetrics metrics) {
		this.audit = audit;
		this.metrics = metrics;
	}

	/** A refused sign-in; {@code reason} is wrong_password, unknown_user or disabled. */
	void signInFailed(String username, String address, String reason) {
		LOG.info("Console sign-in refused for {} from {}: {}", target(username), address, reason);
		audit.record(actor(address), SIGN_IN_FAILED, target(username), "Sign-in from " + address,
				"refused: " + reason.replace('_', ' '));
		metrics.signInFailed(reason);
	}

	/** An attempt made while sign-in was locked: counted and logged only, so a flood does not fill the trail. */
	void signInWhileLocked(String username, String address) {
		LOG.info("Console sign-in refused for {} from {}: locked", target(username), address);
		metrics.signInFailed("locked");
	}

	/** Too many failures: sign-in is locked for the username or for the address ({@code scope}). */
	void lockedOut(String username, String address, String scope, Duration lockout) {
		String what = "username".equals(scope) ? target(username) : "client address " + address;
		LOG.warn("Console sign-in locked for {} for {} min after too many failed sign-ins (last from {})", what,
				lockout.toMinutes(), address);
		audit.record(actor(address), SIGN_IN_LOCKED, what, "Too many failed sign-ins (last from " + address + ")",
				"locked for " + Math.max(1, lockout.toMinutes()) + " min");
		metrics.lockedOut(scope);
	}

	/** An admin's or the user's own change to an account; {@code metric} names it for the counter. */
	void changed(String actor, String action, String username, String reason, String outcome, String metric) {
		LOG.info("Console user {}: {} by {} ({})", username, outcome, actor, action);
		audit.record(actor, action, "console user " + username, reason, outcome);
		metrics.accountChanged(metric);
	}

	private static String actor(String address) {
		String actor = "sign-in from " + address;
		return actor.length() <= 100 ? actor : actor.substring(0, 100);
	}

	private static String target(String username) {
		return ConsoleUser.isValidUsername(username) ? "console user " + username : "an invalid username";
	}
}

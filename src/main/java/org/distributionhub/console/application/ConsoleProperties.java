package org.distributionhub.console.application;

import java.time.Duration;
import java.util.List;

import org.distributionhub.console.domain.SignInThrottlePolicy;
import org.distributionhub.platform.api.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.console.*: the first admin (also HUB_CONSOLE_ADMIN_USERNAME / HUB_CONSOLE_ADMIN_PASSWORD), users to seed, and
 * how failed sign-ins are throttled. A password given as "{bcrypt}..." is taken as a hash.
 */
@ConfigurationProperties("hub.console")
public record ConsoleProperties(@DefaultValue Admin admin, @DefaultValue List<SeedUser> users,
		@DefaultValue Login login) {

	/** hub.console.admin.*: used only when the console has no user at all; no password means a generated one. */
	public record Admin(@DefaultValue("admin") String username, @Nullable String password) {
	}

	/** hub.console.users[n].*: created at start when no user of that name exists; never changed afterwards. */
	public record SeedUser(String username, StaffRole role, String password) {
	}

	/** hub.console.login.*: failures allowed per username and per client address within the window. */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

		public SignInThrottlePolicy perUsername() {
			return new SignInThrottlePolicy(maxFailures, window, lockout);
		}

		public SignInThrottlePolicy perAddress() {
			return new SignInThrottlePolicy(maxFailuresPerAddress, window, lockout);
		}
	}
}

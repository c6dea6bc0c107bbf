package org.distributionhub.console.ports.in;

import java.time.Duration;

import org.distributionhub.platform.api.StaffRole;

/** Checks a username and password, refusing every attempt while too many recent ones failed. */
public interface SignIn {

	SignInOutcome signIn(String username, String password, String clientAddress);

	/** Accepted with the user's role, rejected, disabled, or throttled for a while. */
	sealed interface SignInOutcome {
	}

	/** The right password; {@code mustChangePassword} while the user still has a generated or reset password. */
	record Accepted(String username, StaffRole role, boolean mustChangePassword) implements SignInOutcome {
	}

	/** Unknown user or wrong password; which of the two is not told. */
	record Rejected() implements SignInOutcome {
	}

	/** The right password of a user an admin disabled: told only to whoever knows the password. */
	record Disabled() implements SignInOutcome {
	}

	record Throttled(Duration retryAfter) implements SignInOutcome {

		/** Whole minutes to wait, rounded up, at least one. */
		public long minutes() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}
	}
}

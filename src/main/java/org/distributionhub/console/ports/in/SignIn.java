package org.distributionhub.console.ports.in;

import java.time.Duration;

import org.distributionhub.platform.api.StaffRole;

/** Checks a username and password, refusing every attempt while too many recent ones failed. */
public interface SignIn {

	SignInOutcome signIn(String username, String password, String clientAddress);

	/** Accepted with the user's role, rejected, or throttled for a while. */
	sealed interface SignInOutcome {
	}

	record Accepted(String username, StaffRole role) implements SignInOutcome {
	}

	/** Unknown user or wrong password; which of the two is not told. */
	record Rejected() implements SignInOutcome {
	}

	record Throttled(Duration retryAfter) implements SignInOutcome {

		/** Whole minutes to wait, rounded up, at least one. */
		public long minutes() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}
	}
}

package org.distributionhub.console.adapters.in.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without looking at the password, because too many recent attempts failed. */
class SignInThrottledException extends AuthenticationException {

	private final long minutes;

	SignInThrottledException(long minutes) {
		super("Too many failed sign-ins; try again in " + minutes + " minutes");
		this.minutes = minutes;
	}

	long minutes() {
		return minutes;
	}
}

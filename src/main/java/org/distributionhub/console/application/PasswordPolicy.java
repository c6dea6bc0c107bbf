package org.distributionhub.console.application;

import org.distributionhub.console.domain.ConsolePasswords;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.stereotype.Component;

/** Every password a console user gets: the domain's rules, then not a common password. */
@Component
class PasswordPolicy {

	private final CompromisedPasswordChecker common;

	PasswordPolicy(CompromisedPasswordChecker common) {
		this.common = common;
	}

	/** Fails with IllegalArgumentException saying what is wrong with the password. */
	void check(String password, String username) {
		ConsolePasswords.checkStrength(password, username);
		if (common.check(password).isCompromised()) {
			throw new IllegalArgumentException(
					"This password is on a list of common passwords that attackers try first; choose another");
		}
	}
}

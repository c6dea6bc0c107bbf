package org.distributionhub.console.adapters.in.security;

import org.distributionhub.console.ports.in.SignIn;
import org.distributionhub.console.ports.in.SignIn.Accepted;
import org.distributionhub.console.ports.in.SignIn.Disabled;
import org.distributionhub.console.ports.in.SignIn.Throttled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks form and HTTP basic sign-ins through the console's SignIn use case, which throttles by username and by
 * client address (the servlet's remote address: behind a reverse proxy, set server.forward-headers-strategy).
 */
@Component
class ConsoleAuthenticationProvider implements AuthenticationProvider {

	private final SignIn signIn;

	ConsoleAuthenticationProvider(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		var outcome = signIn.signIn(authentication.getName(), password, clientAddress(authentication));
		if (outcome instanceof Accepted accepted) {
			var result = UsernamePasswordAuthenticationToken.authenticated(accepted.username(), null,
					AccountAuthorities.of(accepted.role(), accepted.mustChangePassword()));
			result.setDetails(authentication.getDetails());
			return result;
		}
		if (outcome instanceof Throttled throttled) {
			throw new SignInThrottledException(throttled.minutes());
		}
		if (outcome instanceof Disabled) {
			throw new DisabledException("This console user is disabled");
		}
		throw new BadCredentialsException("Wrong username or password");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}
}

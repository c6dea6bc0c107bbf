package org.distributionhub.console.adapters.in.security;

import java.io.IOException;

import org.distributionhub.platform.problems.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff API's refusals in the hub's problem contract (ADR 0012): 401 with an HTTP basic challenge, or 403 for
 * a role too small or a password that must be changed first.
 */
final class StaffApiProblems {

	private StaffApiProblems() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, failure) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + ConsoleEntryPoints.REALM + "\"");
			write(request, response, HttpStatus.UNAUTHORIZED,
					failure instanceof SignInThrottledException ? failure.getMessage()
							: "Sign in with a console user's name and password (HTTP basic)");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, denied) -> write(request, response, HttpStatus.FORBIDDEN,
				"Your role may not do this: admin paths need ADMIN, purchase orders ADMIN or OPERATOR");
	}

	/** A user whose password was generated or reset must change it in the console before using the staff API. */
	static void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response, String username)
			throws IOException {
		ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.FORBIDDEN, "Password change required",
				"The password of console user '" + username + "' was generated or reset and must be changed first: "
						+ "sign in to the console and change it at /console/account/password"));
	}

	/** A user an admin disabled, still holding a session or credentials. */
	static void disabled(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "This console user is disabled");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		ApiProblems.write(request, response, ApiProblems.problem(status, status.getReasonPhrase(), detail));
	}
}

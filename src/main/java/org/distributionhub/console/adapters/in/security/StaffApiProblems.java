package org.distributionhub.console.adapters.in.security;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** The staff API's refusals as RFC 9457 problems: 401 with an HTTP basic challenge, or 403 for a role too small. */
final class StaffApiProblems {

	private static final JsonMapper JSON = JsonMapper.shared();

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

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}
}

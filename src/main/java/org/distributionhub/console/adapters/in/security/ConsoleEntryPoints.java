package org.distributionhub.console.adapters.in.security;

import java.util.Set;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What an unauthenticated request to a console path gets: the API documents the staff API's 401 problem, actuator
 * clients an HTTP basic challenge, htmx a 401 that sends the whole page to the login form, JSON clients a bare 401,
 * browsers a redirect to the login page.
 */
final class ConsoleEntryPoints {

	static final String REALM = "Distribution Hub";

	private ConsoleEntryPoints() {
	}

	static AuthenticationEntryPoint entryPoint() {
		var basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName(REALM);
		AuthenticationEntryPoint htmx = (request, response, failure) -> {
			response.setHeader("HX-Redirect", request.getContextPath() + "/login");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		};
		return DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(StaffApiProblems.unauthorized(), StaffApiDocs.documents())
			.addEntryPointFor(basic, EndpointRequest.toAnyEndpoint())
			.addEntryPointFor(htmx, htmx())
			.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), json())
			.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
			.build();
	}

	/** Remembers only a page a person asked for, to return there after sign-in; never a fragment, JSON or actuator. */
	static RequestCache requestCache() {
		var cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()),
				new NegatedRequestMatcher(new OrRequestMatcher(htmx(), json(), EndpointRequest.toAnyEndpoint()))));
		return cache;
	}

	private static RequestMatcher htmx() {
		return new RequestHeaderRequestMatcher("HX-Request", "true");
	}

	private static RequestMatcher json() {
		var json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
		json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return json;
	}
}

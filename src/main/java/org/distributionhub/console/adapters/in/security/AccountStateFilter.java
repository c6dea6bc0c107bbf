package org.distributionhub.console.adapters.in.security;

import java.io.IOException;
import java.util.List;

import org.distributionhub.console.ports.in.ManageOwnAccount;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Looks at the signed-in user's account as stored now on every request, so an admin's change takes effect at the
 * next one: a disabled (or removed) user is signed out, a changed role replaces the one the session held, and a user
 * whose password was generated or reset is sent to the change page (the staff API answers a 403 problem) until it is
 * changed. Not a bean, so the servlet container does not run it outside the chains.
 */
final class AccountStateFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD_PAGE = "/console/account/password";

	/** What a user who must change the password may still reach: the change page, signing out, the page's assets. */
	private static final List<String> OPEN_WHILE_CHANGE_REQUIRED = List.of(CHANGE_PASSWORD_PAGE, "/logout", "/login",
			"/error", "/favicon.ico");
	private static final List<String> ASSET_PREFIXES = List.of("/css/", "/js/", "/webjars/");

	private final ManageOwnAccount accounts;
	private final boolean staffApi;
	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
	private final RequestMatcher actuator = EndpointRequest.toAnyEndpoint();

	private AccountStateFilter(ManageOwnAccount accounts, boolean staffApi) {
		this.accounts = accounts;
		this.staffApi = staffApi;
	}

	static AccountStateFilter forConsole(ManageOwnAccount accounts) {
		return new AccountStateFilter(accounts, false);
	}

	static AccountStateFilter forStaffApi(ManageOwnAccount accounts) {
		return new AccountStateFilter(accounts, true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		var account = accounts.account(signedIn.getName()).filter(ManageOwnAccount.AccountState::enabled);
		if (account.isEmpty()) {
			signOut(request, response);
			return;
		}
		var state = account.get();
		var authorities = AccountAuthorities.of(state.role(), state.mustChangePassword());
		if (!AccountAuthorities.names(signedIn).equals(AccountAuthorities.names(authorities))) {
			var updated = UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
			updated.setDetails(signedIn.getDetails());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(updated);
			SecurityContextHolder.setContext(context);
			if (!staffApi && request.getSession(false) != null) {
				sessions.saveContext(context, request, response);
			}
		}
		if (state.mustChangePassword() && !openWhileChangeRequired(request)) {
			sendToChangePage(request, response, state.username());
			return;
		}
		chain.doFilter(request, response);
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		if (staffApi || isJson(request)) {
			StaffApiProblems.disabled(request, response);
		}
		else if (isHtmx(request)) {
			response.setHeader("HX-Redirect", request.getContextPath() + "/login?disabled");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?disabled");
		}
	}

	private void sendToChangePage(HttpServletRequest request, HttpServletResponse response, String username)
			throws IOException {
		if (staffApi || isJson(request)) {
			StaffApiProblems.passwordChangeRequired(request, response, username);
		}
		else if (isHtmx(request)) {
			response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PASSWORD_PAGE);
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		else {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
		}
	}

	private static boolean openWhileChangeRequired(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_WHILE_CHANGE_REQUIRED.contains(path) || ASSET_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private boolean isJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return actuator.matches(request) || (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
				&& !accept.contains(MediaType.TEXT_HTML_VALUE));
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}
}

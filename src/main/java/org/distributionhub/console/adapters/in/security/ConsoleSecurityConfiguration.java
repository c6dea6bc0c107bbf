package org.distributionhub.console.adapters.in.security;

import java.util.List;
import java.util.stream.Stream;

import org.distributionhub.console.ports.in.ManageOwnAccount;
import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Three filter chains. The console's chain owns only the console's paths; the staff API chain owns the JSON API
 * that console users call with HTTP basic, on the paths the modules declare with their roles; every other path
 * falls through to a chain that denies everything with 401. A module that serves /api/** with partner API keys adds
 * its own chain with a securityMatcher for its paths and an order between these and the last.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	static final int CONSOLE_ORDER = 100;

	static final int STAFF_API_ORDER = 110;

	/** Whichever module serves a path here, it is for ADMINs only unless that module's rules say otherwise. */
	static final String ADMIN_AREA = "/api/v1/admin/**";

	static final String[] CONSOLE_PATHS = { "/", "/console", "/console/**", "/login", "/logout", "/webjars/**",
			"/api/schemas/**", StaffApiDocs.DOCS, StaffApiDocs.DOCS + "/**", "/swagger-ui.html", "/swagger-ui/**",
			"/css/**", "/js/**", "/favicon.ico", "/actuator", "/actuator/**", "/error" };

	// Scripts and styles come only from the hub itself: no inline script, no eval (htmx runs with allowEval false).
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Health and info are open (load balancers, probes). Prometheus and metrics need any signed-in console user,
	 * normally over HTTP basic: give the scraper its own AUDITOR account, which can change nothing. Every other
	 * actuator endpoint needs an ADMIN. Resubmitting deliveries, acting on ERP postings and starting or cancelling
	 * bulk jobs needs ADMIN or OPERATOR; managing users and policy packs ADMIN, as do the supplier onboarding forms
	 * (new supplier, profile and item edits); changing one's own password any signed-in user. The
	 * {@link AccountStateFilter} signs out a disabled user and holds a user who must change the password on the
	 * change page.
	 */
	@Bean
	@Order(CONSOLE_ORDER)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleAuthenticationProvider signIn,
			ManageOwnAccount accounts) {
		// This chain's own manager, without a parent: each attempt is checked, and counted by the throttle, once.
		http.securityMatcher(CONSOLE_PATHS)
			.authenticationManager(new ProviderManager(signIn))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/api/schemas/**")
					.permitAll()
				.requestMatchers(EndpointRequest.to("health", "info")).permitAll()
				.requestMatchers(EndpointRequest.to("prometheus", "metrics")).authenticated()
				.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/console/deliveries/**").hasAnyRole("ADMIN", "OPERATOR")
				.requestMatchers(HttpMethod.POST, "/console/parked/**").hasAnyRole("ADMIN", "OPERATOR")
				.requestMatchers(HttpMethod.POST, "/console/erp/**").hasAnyRole("ADMIN", "OPERATOR")
				.requestMatchers(HttpMethod.POST, "/console/invoices/**").hasAnyRole("ADMIN", "OPERATOR")
				.requestMatchers(HttpMethod.POST, "/console/jobs", "/console/jobs/**").hasAnyRole("ADMIN", "OPERATOR")
				.requestMatchers("/console/users", "/console/users/**").hasRole("ADMIN")
				.requestMatchers("/console/suppliers/*/dry-run", "/console/suppliers/*/dry-runs/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/console/suppliers/**").hasRole("ADMIN")
				.requestMatchers("/console/policy-packs", "/console/policy-packs/**").hasRole("ADMIN")
				.requestMatchers("/console/suppliers/new", "/console/suppliers/*/edit", "/console/suppliers/*/items/edit")
					.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/console/alerts/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/console")
				.failureHandler(new SignInFailureHandler()))
			.httpBasic(basic -> basic.realmName(ConsoleEntryPoints.REALM))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ConsoleEntryPoints.entryPoint()))
			.requestCache(cache -> cache.requestCache(ConsoleEntryPoints.requestCache()))
			.addFilterBefore(AccountStateFilter.forConsole(accounts), AuthorizationFilter.class)
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(StaffApiDocs.page(),
						new ContentSecurityPolicyHeaderWriter(StaffApiDocs.PAGE_CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(StaffApiDocs.page()),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The staff's JSON API: a console user over HTTP basic (checked and throttled like a sign-in), no session and
	 * no CSRF token, answers as problem+json. Its paths and roles are the modules' own ({@link StaffApiRules}),
	 * applied in order with the first match deciding; what is left of the admin area needs an ADMIN.
	 */
	@Bean
	@Order(STAFF_API_ORDER)
	SecurityFilterChain staffApiSecurity(HttpSecurity http, ConsoleAuthenticationProvider signIn,
			ObjectProvider<StaffApiRules> modules, ManageOwnAccount accounts) {
		List<StaffApiRule> rules = modules.orderedStream().flatMap(module -> module.rules().stream()).toList();
		http.securityMatcher(Stream.concat(rules.stream().flatMap(rule -> rule.paths().stream()), Stream.of(ADMIN_AREA))
			.distinct()
			.toArray(String[]::new))
			.authenticationManager(new ProviderManager(signIn))
			.authorizeHttpRequests(requests -> {
				rules.forEach(rule -> apply(rule, requests));
				requests.requestMatchers(ADMIN_AREA).hasRole("ADMIN").anyRequest().denyAll();
			})
			.httpBasic(basic -> basic.realmName(ConsoleEntryPoints.REALM)
				.authenticationEntryPoint(StaffApiProblems.unauthorized()))
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(AccountStateFilter.forStaffApi(accounts), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(StaffApiProblems.unauthorized())
				.accessDeniedHandler(StaffApiProblems.forbidden()));
		return http.build();
	}

	private static void apply(StaffApiRule rule,
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] paths = rule.paths().toArray(String[]::new);
		var matched = rule.method() == null ? requests.requestMatchers(paths)
				: requests.requestMatchers(HttpMethod.valueOf(rule.method()), paths);
		matched.hasAnyRole(rule.roles().stream().map(Enum::name).sorted().toArray(String[]::new));
	}

	/** Everything the console does not own: denied with 401 until a module adds a chain for its own paths. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain denyEverythingElse(HttpSecurity http) {
		http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}
}

package org.distributionhub.supplier.partners.adapters.in.web;

import java.util.Locale;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.partners.ports.in.AuthenticatePartner;
import org.distributionhub.supplier.partners.ports.in.AuthenticatePartner.Authenticated;
import org.distributionhub.supplier.partners.ports.in.AuthenticatePartner.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The partner API's security: every path under /api/v1/suppliers/ needs a supplier's API key, in the X-Api-Key
 * header or as {@code Authorization: ApiKey <key>}. The authentication's name is the supplier, its role PARTNER,
 * and a supplier reaches only the paths under its own id, from an address its policy allows. No session, no CSRF
 * token (no browser is involved); a missing, unknown, revoked or expired key is a 401, another supplier's path or an
 * address outside the allow-list a 403, all as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

	/** After the console's chains (100 and up), before the chain that denies every other path. */
	static final int PARTNER_API_ORDER = 200;

	static final String HEADER = "X-Api-Key";
	static final String SCHEME = "ApiKey";

	@Bean
	@Order(PARTNER_API_ORDER)
	SecurityFilterChain partnerApiChain(HttpSecurity http, AuthenticatePartner partners, FindPartnerPolicy policies) {
		http.securityMatcher("/api/v1/suppliers/**")
			.addFilterBefore(keyFilter(partners), BasicAuthenticationFilter.class)
			.addFilterAfter(new PartnerAddressCheck(policies), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/suppliers/{supplierId}/**").access(ownPathsOnly())
				.anyRequest().denyAll())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, failure) -> {
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, SCHEME + " realm=\"Distribution Hub partner API\"");
					ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
							"No API key: send it in the " + HEADER + " header, or as 'Authorization: " + SCHEME
									+ " <key>'"));
				})
				.accessDeniedHandler((request, response, denied) -> ApiProblems.write(request, response,
						ApiProblems.problem(HttpStatus.FORBIDDEN, "Forbidden",
								"This API key belongs to another supplier than the one in the path"))));
		return http.build();
	}

	/** Authenticates a presented key, answering a wrong one with a 401 problem; a request without one passes on. */
	static AuthenticationFilter keyFilter(AuthenticatePartner partners) {
		var keys = new AuthenticationFilter(new ProviderManager(provider(partners)), PartnerApiSecurity::presentedKey);
		keys.setSuccessHandler((request, response, authentication) -> {
		});
		keys.setFailureHandler((request, response, failure) -> ApiProblems.write(request, response,
				ApiProblems.problem(HttpStatus.UNAUTHORIZED, "Unauthorized", failure.getMessage())));
		return keys;
	}

	private static AuthenticationProvider provider(AuthenticatePartner partners) {
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication presented) {
				var outcome = partners.authenticate(String.valueOf(presented.getCredentials()));
				if (outcome instanceof Authenticated ok) {
					return PartnerKeyAuthentication.authenticated(ok.supplierId(), ok.keyId());
				}
				throw new BadCredentialsException(((Refused) outcome).reason());
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return PartnerKeyAuthentication.class.isAssignableFrom(authentication);
			}
		};
	}

	/** A partner may use only the paths under its own supplier id. */
	private static AuthorizationManager<RequestAuthorizationContext> ownPathsOnly() {
		return (authentication, context) -> {
			Authentication who = authentication.get();
			boolean partner = who instanceof PartnerKeyAuthentication && who.isAuthenticated()
					&& !(who instanceof AnonymousAuthenticationToken);
			return new AuthorizationDecision(partner && who.getName().equals(context.getVariables().get("supplierId")));
		};
	}

	/** The key from X-Api-Key or an Authorization header with the ApiKey scheme; null when there is neither. */
	static @Nullable PartnerKeyAuthentication presentedKey(HttpServletRequest request) {
		String key = request.getHeader(HEADER);
		if (key == null) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization != null
					&& authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME.toLowerCase(Locale.ROOT) + " ")) {
				key = authorization.substring(SCHEME.length() + 1);
			}
		}
		return key == null ? null : PartnerKeyAuthentication.presented(key.strip());
	}
}

package org.distributionhub.supplier.partners.adapters.in.web;

import org.distributionhub.supplier.partners.ports.in.AuthenticatePartner;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The partner API in the contract: its own group, {@value #DOCS}, which a supplier reads with its API key (staff
 * read it signed in, through the console's chain), the key as a security scheme on every partner operation.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiDocs {

	static final String DOCS = "/v3/api-docs/partner";

	static final String PATHS = "/api/v1/suppliers/**";

	static final String SCHEME = "partnerApiKey";

	/** Before the console's chain (100), which serves the documents to staff, and only for a request with a key. */
	static final int PARTNER_DOCS_ORDER = 90;

	@Bean
	GroupedOpenApi partnerApi() {
		return GroupedOpenApi.builder().group("partner").displayName("Partner API").pathsToMatch(PATHS).build();
	}

	@Bean
	GlobalOpenApiCustomizer partnerApiKeyScheme() {
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.components(components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
				.in(SecurityScheme.In.HEADER)
				.name(PartnerApiSecurity.HEADER)
				.description("The supplier's API key (also as 'Authorization: ApiKey <key>'); it reaches only the "
						+ "paths under its own supplier id")));
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> {
					if (path.startsWith("/api/v1/suppliers/")) {
						item.readOperations().forEach(operation -> operation.addSecurityItem(
								new SecurityRequirement().addList(SCHEME)));
					}
				});
			}
		};
	}

	/** A request for the partner document that carries a key: any supplier's valid key reads it. */
	@Bean
	@Order(PARTNER_DOCS_ORDER)
	SecurityFilterChain partnerDocsChain(HttpSecurity http, AuthenticatePartner partners) {
		http.securityMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(DOCS),
				request -> PartnerApiSecurity.presentedKey(request) != null))
			.addFilterBefore(PartnerApiSecurity.keyFilter(partners), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PARTNER"))
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}
}

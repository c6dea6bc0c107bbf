package org.distributionhub.console.adapters.in.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.distributionhub.platform.api.StaffApiRule;
import org.distributionhub.platform.api.StaffApiRules;
import org.distributionhub.platform.api.StaffRole;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.AntPathMatcher;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The staff side of the API contract: the documents under /v3/api-docs are read by any signed-in console user
 * (session or HTTP basic), and each staff operation names the staff scheme and the roles that the modules' own
 * {@link StaffApiRules} allow, the very rules the staff API chain applies.
 */
@Component
class StaffApiDocs implements GlobalOpenApiCustomizer {

	static final String DOCS = "/v3/api-docs";

	static final String SCHEME = "staffBasic";

	/**
	 * The browsable page (springdoc's swagger-ui) under the console's policy, except for the one style element
	 * swagger-ui writes, allowed by its hash; a new swagger-ui that writes another fails the API page's browser test.
	 */
	static final String PAGE_CONTENT_SECURITY_POLICY = ConsoleSecurityConfiguration.CONTENT_SECURITY_POLICY.replace(
			"style-src 'self';", "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final ObjectProvider<StaffApiRules> modules;

	StaffApiDocs(ObjectProvider<StaffApiRules> modules) {
		this.modules = modules;
	}

	static RequestMatcher page() {
		return PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
	}

	static RequestMatcher documents() {
		return new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(DOCS),
				PathPatternRequestMatcher.withDefaults().matcher(DOCS + "/**"));
	}

	@Override
	public void customise(OpenAPI openApi) {
		List<StaffApiRule> rules = modules.orderedStream().flatMap(module -> module.rules().stream()).toList();
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.components(components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("A console user's name and password; the roles each operation allows are in its x-roles")));
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> roles(rules, method, path).ifPresent(roles -> secure(operation, roles))));
	}

	private static void secure(Operation operation, List<String> roles) {
		operation.addSecurityItem(new SecurityRequirement().addList(SCHEME)).addExtension("x-roles", roles);
	}

	/** The roles of the first rule naming the operation, ADMIN for the rest of the admin area, else none. */
	private static Optional<List<String>> roles(List<StaffApiRule> rules, HttpMethod method, String path) {
		return rules.stream()
			.filter(rule -> rule.method() == null || rule.method().equals(method.name().toUpperCase(Locale.ROOT)))
			.filter(rule -> rule.paths().stream().anyMatch(pattern -> PATHS.match(pattern, path)))
			.findFirst()
			.map(rule -> rule.roles().stream().map(StaffRole::name).sorted().toList())
			.or(() -> PATHS.match(ConsoleSecurityConfiguration.ADMIN_AREA, path) ? Optional.of(List.of("ADMIN"))
					: Optional.empty());
	}
}

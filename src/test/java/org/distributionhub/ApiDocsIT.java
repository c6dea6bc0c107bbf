package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated API contract (ADR 0020): every /api/** mapping of the hub is in /v3/api-docs with the problem
 * answers of ADR 0012; staff read every API, a supplier's key only the partner API, and nobody else anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Test
	void everyApiMappingIsDocumentedWithItsProblemAnswers() throws Exception {
		String body = mvc.perform(get("/v3/api-docs").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), body);
		JsonNode docs = JSON.readTree(body);
		assertThat(docs.path("openapi").asString()).startsWith("3.1");

		var missing = new ArrayList<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(path -> path.startsWith("/api/"))
			.forEach(path -> info.getMethodsCondition().getMethods().forEach(method -> {
				JsonNode operation = docs.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
				if (operation.isMissingNode()) {
					missing.add(method + " " + path);
					return;
				}
				var problems = new ArrayList<>(List.of("401", "403"));
				if (path.contains("{")) {
					problems.addAll(List.of("400", "404"));
				}
				if (method != RequestMethod.GET) {
					problems.add("409");
				}
				problems.forEach(status -> {
					String ref = operation.path("responses").path(status).path("$ref").asString("");
					if (!ref.equals("#/components/responses/Problem" + status)) {
						missing.add(method + " " + path + " " + status);
					}
				});
			})));
		assertThat(missing).as("mappings or problem answers missing from /v3/api-docs").isEmpty();
		assertThat(docs.at("/components/responses/Problem400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(docs.at("/components/securitySchemes/partnerApiKey/name").asString()).isEqualTo("X-Api-Key");
		assertThat(docs.at("/components/securitySchemes/staffBasic/scheme").asString()).isEqualTo("basic");
	}

	@Test
	void anonymousCallersGetTheProblemAnswer() throws Exception {
		for (String path : List.of("/v3/api-docs", "/v3/api-docs/partner", "/v3/api-docs/hub")) {
			mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.type").value("https://distributionhub.org/problems/unauthorized"));
		}
	}

	@Test
	void aSupplierReadsThePartnerApiOnlyWithItsKey() throws Exception {
		String key = aSupplierWithAKey();
		String partner = mvc.perform(get("/v3/api-docs/partner").header("X-Api-Key", key))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		JsonNode paths = JSON.readTree(partner).path("paths");
		assertThat(paths.propertyNames()).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/suppliers/{supplierId}/"));
		mvc.perform(get("/v3/api-docs/partner").header("X-Api-Key", "not-a-key"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/v3/api-docs").header("X-Api-Key", key))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/v3/api-docs/partner").with(httpBasic("operator", "operator-secret-for-tests")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/suppliers/{supplierId}/acknowledgements'].post").exists());
	}

	@Test
	void onlyTheApiPageAllowsSwaggerUisOneInlineStyle() throws Exception {
		String page = mvc.perform(get("/swagger-ui/index.html").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(page).contains("style-src 'self' 'sha256-", "script-src 'self';", "frame-ancestors 'none'");
		String console = mvc.perform(get("/console").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(console).contains("style-src 'self';").doesNotContain("sha256-");
	}

	private String aSupplierWithAKey() {
		String supplier = "docs-" + UUID.randomUUID().toString().substring(0, 8);
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "API docs " + supplier, List.of("API", "CSV"), "CSV", null, null, "48h",
						"CANCEL", Map.of(), true),
				"test", "set up for a test"));
		return keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}
}

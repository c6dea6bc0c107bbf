package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every API that takes a JSON body answers a malformed one (not JSON, a value of the wrong type, a required field
 * missing) in the hub's one problem contract (ADR 0012): a 400 problem+json with a type under the hub's base, a
 * title and {@code errors} whose paths are rooted at the body. Framework errors on an API path are in the contract
 * too; console pages keep their own error pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemContractIT {

	private static final String NOT_JSON = "this is not JSON {";

	private static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-secret-for-tests");

	private static final RequestPostProcessor OPERATOR = httpBasic("operator", "operator-secret-for-tests");

	@Autowired
	MockMvc mvc;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	private final String supplier = "pc-" + UUID.randomUUID().toString().substring(0, 8);

	/** An API that takes a JSON body, with a body of the wrong type and one missing what it requires. */
	record BodyApi(String name, HttpMethod method, String path, RequestPostProcessor caller, String wrongType,
			String missing) {
	}

	@TestFactory
	Stream<DynamicTest> everyApiAnswersABadBodyInTheContract() {
		String apiKey = aSupplierWithAKey();
		String order = "web:PC-" + supplier;
		RequestPostProcessor partner = request -> {
			request.addHeader("X-Api-Key", apiKey);
			return request;
		};
		var apis = List.of(
				new BodyApi("partner acknowledgements", HttpMethod.POST,
						"/api/v1/suppliers/" + supplier + "/acknowledgements", partner,
						"{\"purchaseOrderNumber\": 42, \"items\": \"all\"}", "{}"),
				new BodyApi("purchase orders", HttpMethod.POST, "/api/v1/purchase-orders", OPERATOR,
						"{\"supplierId\": \"" + supplier + "\", \"revision\": \"first\"}", "{}"),
				new BodyApi("place an order", HttpMethod.POST, "/api/v1/orders", OPERATOR,
						"{\"channel\": \"web\", \"lines\": \"many\"}", "{}"),
				new BodyApi("change an order", HttpMethod.PUT, "/api/v1/orders/" + order, OPERATOR,
						"{\"lines\": [{\"quantity\": \"lots\"}]}", "{}"),
				new BodyApi("cancel an order", HttpMethod.POST, "/api/v1/orders/" + order + "/cancellation", OPERATOR,
						"{\"reason\": {\"why\": \"no\"}}", "{}"),
				new BodyApi("warehouse events", HttpMethod.POST, "/api/v1/warehouse/events", OPERATOR,
						"{\"eventId\": \"E-1\", \"lines\": [{\"quantity\": \"lots\"}]}", "{}"),
				new BodyApi("inventory feeds", HttpMethod.POST, "/api/v1/inventory/feeds", OPERATOR,
						"{\"warehouse\": \"MAIN\", \"mode\": \"DELTA\", \"items\": \"all\"}", "{}"),
				new BodyApi("admin suppliers", HttpMethod.PUT, "/api/v1/admin/suppliers/" + supplier + "-new", ADMIN,
						"{\"name\": [\"ACME\"]}", "{}"),
				new BodyApi("admin items", HttpMethod.PUT, "/api/v1/admin/suppliers/" + supplier + "/items/VP-1",
						ADMIN, "{\"sku\": {\"code\": \"SKU-1\"}}", "{\"gtin\": \"00012345678905\"}"),
				new BodyApi("admin API keys", HttpMethod.POST, "/api/v1/admin/suppliers/" + supplier + "/api-keys",
						ADMIN, "{\"label\": [1]}", "{\"lable\": \"a misspelt field\"}"),
				new BodyApi("policy packs", HttpMethod.PUT, "/api/v1/admin/policy-packs/contract-" + supplier, ADMIN,
						"{\"rateLimit\": \"fast\"}", "{\"rateLimt\": 5}"),
				new BodyApi("supplier policy", HttpMethod.PUT, "/api/v1/admin/suppliers/" + supplier + "/policy",
						ADMIN, "{\"overrides\": {\"allowedChannels\": \"API\"}}", "{\"packs\": \"standard\"}"),
				new BodyApi("alert rules", HttpMethod.PUT, "/api/v1/operations/alerts/rules/" + supplier, ADMIN,
						"{\"enabled\": [true]}", "{}"),
				new BodyApi("bulk jobs", HttpMethod.POST, "/api/v1/operations/jobs", OPERATOR,
						"{\"kind\": \"ERP_RETRY\", \"ids\": \"all\"}", "{}"));
		return apis.stream()
			.flatMap(api -> Stream.of(
					DynamicTest.dynamicTest(api.name() + ": not JSON", () -> answersInTheContract(api, NOT_JSON)),
					DynamicTest.dynamicTest(api.name() + ": a value of the wrong type",
							() -> answersInTheContract(api, api.wrongType())),
					DynamicTest.dynamicTest(api.name() + ": a required field missing",
							() -> answersInTheContract(api, api.missing()))));
	}

	@Test
	void frameworkErrorsOnAnApiPathAreInTheContract() throws Exception {
		mvc.perform(post("/api/v1/orders").with(OPERATOR).contentType(MediaType.TEXT_PLAIN).content("an order"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "unsupported-media-type"))
			.andExpect(jsonPath("$.status").value(415));
		mvc.perform(delete("/api/v1/orders").with(OPERATOR))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().exists("Allow"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ApiProblems.TYPE_BASE + "method-not-allowed"));
		mvc.perform(get("/api/v1/admin/suppliers/" + supplier + "/items").with(ADMIN).param("page", "first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value(ApiProblems.INVALID))
			.andExpect(jsonPath("$.errors[0].path").value("page"));
	}

	@Test
	void consolePagesKeepTheirOwnErrorPages() throws Exception {
		var response = mvc.perform(get("/console/deliveries/not-a-uuid").with(ADMIN).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).as("no problem+json: the container renders the error page").isNull();
	}

	private void answersInTheContract(BodyApi api, String body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(api.method(), api.path())
			.with(api.caller())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(startsWith(ApiProblems.TYPE_BASE)))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.errors").isNotEmpty())
			.andExpect(jsonPath("$.errors[*].path", everyItem(startsWith("$"))))
			.andExpect(jsonPath("$.errors[*].message").isNotEmpty())
			.andExpect(jsonPath("$.errors[*].field").doesNotExist());
	}

	private String aSupplierWithAKey() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Problem contract " + supplier, List.of("API", "CSV"), "CSV", null,
						null, "48h", "CANCEL", Map.of(), true),
				"test", "set up for a test"));
		return keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}
}

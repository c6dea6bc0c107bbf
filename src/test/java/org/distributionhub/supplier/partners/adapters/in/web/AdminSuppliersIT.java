package org.distributionhub.supplier.partners.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin API through the real filter chains: staff HTTP basic, profiles, keys, items, problem+json errors. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminSuppliersIT {

	static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-secret-for-tests");

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAudit audit;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String id = "acme-" + run;
	private final String path = "/api/v1/admin/suppliers/" + id;

	@Test
	void anAdminCreatesReplacesReadsAndDeactivatesASupplier() throws Exception {
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(x12Profile("ACME Books")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", path))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.inboundChannels[0]").value("API"))
			.andExpect(jsonPath("$.ediIdentity.qualifier").value("01"))
			.andExpect(jsonPath("$.acknowledgementDue").value("PT36H"))
			.andExpect(jsonPath("$.codeMap.KK").value("REJECTED"));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(x12Profile("ACME Books Ltd")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("ACME Books Ltd"));

		mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
		mvc.perform(get("/api/v1/admin/suppliers").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		mvc.perform(delete(path).param("reason", "contract ended").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));

		assertThat(audit.find(0, 50).items()).filteredOn(it -> it.target().equals("supplier " + id))
			.extracting(it -> it.actor() + " " + it.action() + " " + it.reason())
			.contains("admin supplier.create admin API", "admin supplier.update admin API",
					"admin supplier.deactivate contract ended");
	}

	@Test
	void anAdminMovesASupplierFromTestingToLive() throws Exception {
		String testing = "{\"name\": \"Phased\", \"purchaseOrderChannel\": \"CSV\", \"phase\": \"TESTING\"}";
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(testing))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phase").value("TESTING"))
			.andExpect(jsonPath("$.sendContrl").value(false));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content(testing.replace("TESTING", "LIVE").replace("}", ", \"sendContrl\": true}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("LIVE"))
			.andExpect(jsonPath("$.sendContrl").value(true));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content(testing.replace("TESTING", "PILOT")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].path").value("$.phase"));
		mvc.perform(get(path).with(ADMIN)).andExpect(jsonPath("$.phase").value("LIVE"));
	}

	@Test
	void anAdminReadsEveryProfileSettingHeWrote() throws Exception {
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(
				"{\"name\": \"Read back\", \"purchaseOrderChannel\": \"CSV\", \"phase\": \"TESTING\", "
						+ "\"sendContrl\": true, \"priceChangeSource\": \"PO104\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.priceChangeSource").value("PO104"));
		mvc.perform(get(path).with(ADMIN))
			.andExpect(jsonPath("$.phase").value("TESTING"))
			.andExpect(jsonPath("$.sendContrl").value(true))
			.andExpect(jsonPath("$.priceChangeSource").value("PO104"));
	}

	@Test
	void badProfilesAreRefusedWithTheFieldPathAndNothingIsStored() throws Exception {
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "ACME", "purchaseOrderChannel": "X12", "inboundChannels": ["X12", "FAX"],
				 "ediIdentity": {"qualifier": "TOOLONG", "id": "ACME"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].path", hasItem("$.inboundChannels[1]")))
			.andExpect(jsonPath("$.errors[*].path", hasItem("$.ediIdentity.qualifier")));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ACME\", \"purchaseOrderChannel\": \"CSV\", \"webhookURL\": \"https://x.example\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.webhookURL"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown field 'webhookURL'")));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ACME\", \"purchaseOrderChannel\": \"CSV\", \"ediIdentity\": {\"id\": [1]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.ediIdentity.id"))
			.andExpect(jsonPath("$.errors[0].message").value("Expected a single text value"));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The body must be a JSON object"));
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.TEXT_PLAIN).content("name=ACME"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(put("/api/v1/admin/suppliers/bad id!").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content(x12Profile("ACME")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.id"));

		mvc.perform(get(path).with(ADMIN)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("No supplier " + id));
	}

	@Test
	void onlyAnAdminSignedInWithHttpBasicReachesTheAdminApi() throws Exception {
		mvc.perform(get("/api/v1/admin/suppliers"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Distribution Hub\""))
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(get("/api/v1/admin/suppliers").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin/suppliers").with(httpBasic("operator", "operator-secret-for-tests")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(put(path).with(httpBasic("auditor", "auditor-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON).content(x12Profile("ACME")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/suppliers").with(ADMIN)).andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void keysAreIssuedOnceListedWithoutSecretsAndRevoked() throws Exception {
		createCsvSupplier();
		var issued = mvc.perform(post(path + "/api-keys").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\": \"portal 2026\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.apiKey").value(containsString("dh_")))
			.andExpect(jsonPath("$.label").value("portal 2026"))
			.andReturn().getResponse().getContentAsString();
		String keyId = field(issued, "keyId");
		String apiKey = field(issued, "apiKey");

		mvc.perform(get(path + "/api-keys").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].keyId").value(keyId))
			.andExpect(jsonPath("$[0].active").value(true))
			.andExpect(content().string(not(containsString(apiKey.substring(20)))));
		mvc.perform(post(path + "/api-keys").with(ADMIN)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.label").value("API key"));

		mvc.perform(delete(path + "/api-keys/" + keyId).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.revokedAt").exists());
		mvc.perform(delete(path + "/api-keys/0000000000000000").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/admin/suppliers/nobody-" + run + "/api-keys").with(ADMIN))
			.andExpect(status().isNotFound());
		assertThat(audit.find(0, 50).items()).filteredOn(it -> it.target().equals("supplier " + id))
			.extracting(it -> it.action() + " " + it.outcome())
			.contains("supplier.api-key.issue issued key " + keyId, "supplier.api-key.revoke revoked key " + keyId);
	}

	@Test
	void theCrossReferenceIsSetOneByOneOrUploadedWithAReportPerRow() throws Exception {
		createCsvSupplier();
		mvc.perform(put(path + "/items/P-1").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\": \"SKU-1\", \"supplierUnit\": \"CA\", \"factor\": 12}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.factor").value(12));
		mvc.perform(put(path + "/items/P-1").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"sku\": \"SKU-1\", \"factor\": \"twelve\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$.factor"));

		mvc.perform(post(path + "/items").with(ADMIN).contentType("text/csv").content("""
				supplier_part,sku,gtin,supplier_unit,our_unit,factor
				P-2,SKU-2,,CA,EA,6
				P-3,,,,,
				P-4,SKU-4,4006381333931,EA,EA,1
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("MERGE"))
			.andExpect(jsonPath("$.added").value(2))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("sku"));
		mvc.perform(post(path + "/items").param("mode", "replace").with(ADMIN).contentType("text/csv")
			.content("supplier_part,sku\nP-4,SKU-4B\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removed").value(2))
			.andExpect(jsonPath("$.changed").value(1));
		mvc.perform(get(path + "/items").param("size", "10").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].sku").value("SKU-4B"));

		mvc.perform(post(path + "/items").with(ADMIN).contentType("text/csv").content("supplier_part,sku\nP-9,\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.report.applied").value(false))
			.andExpect(jsonPath("$.errors[0].line").value(2));
		mvc.perform(post(path + "/items").with(ADMIN).contentType("text/csv").content("part,sku\nP-9,S\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("$"));
		mvc.perform(post(path + "/items").param("mode", "sometimes").with(ADMIN).contentType("text/csv")
			.content("supplier_part,sku\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("mode"));
		mvc.perform(get(path + "/items").param("page", "x").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("page"));
		mvc.perform(delete(path + "/items/P-4").with(ADMIN)).andExpect(status().isNoContent());
		mvc.perform(delete(path + "/items/P-4").with(ADMIN)).andExpect(status().isNotFound());
	}

	private void createCsvSupplier() throws Exception {
		mvc.perform(put(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ACME\", \"purchaseOrderChannel\": \"CSV\", \"inboundChannels\": [\"CSV\", \"API\"]}"))
			.andExpect(status().isCreated());
	}

	private String x12Profile(String name) {
		return """
				{"name": "%s", "purchaseOrderChannel": "X12", "inboundChannels": ["X12", "API"],
				 "ediIdentity": {"qualifier": "01", "id": "%s"}, "acknowledgementDue": "36h",
				 "remainderPolicy": "backorder", "codeMap": {"AC": "accepted", "KK": "REJECTED"}}"""
			.formatted(name, "E" + run);
	}

	private static String field(String json, String field) {
		return tools.jackson.databind.json.JsonMapper.shared().readTree(json).get(field).asString();
	}
}

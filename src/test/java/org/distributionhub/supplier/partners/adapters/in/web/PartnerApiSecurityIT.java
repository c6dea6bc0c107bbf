package org.distributionhub.supplier.partners.adapters.in.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.IssueApiKeyCommand;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys.RevokeApiKeyCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveSupplierCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SupplierActionCommand;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The partner API's key check through the real filter chains: who gets in, and what everyone else is told. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerApiSecurityIT {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String supplierA = "a-" + run;
	private final String supplierB = "b-" + run;
	private String keyA;
	private String keyIdA;

	@BeforeEach
	void twoSuppliersAndAKeyForTheFirst() {
		for (String id : List.of(supplierA, supplierB)) {
			suppliers.save(new SaveSupplierCommand(id, new SupplierProfileData(null, "Supplier " + id, List.of("API"),
					"CSV", null, null, null, null, null, null), "admin", "test"));
		}
		var issued = keys.issue(new IssueApiKeyCommand(supplierA, "test", "admin"));
		keyA = issued.apiKey();
		keyIdA = issued.keyId();
	}

	@Test
	void aSuppliersKeyOpensItsOwnPathsInEitherHeader() throws Exception {
		mvc.perform(get(whoami(supplierA)).header("X-Api-Key", keyA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supplierId").value(supplierA))
			.andExpect(jsonPath("$.keyId").value(keyIdA))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get(whoami(supplierA)).header("Authorization", "ApiKey " + keyA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supplierId").value(supplierA));
	}

	@Test
	void withoutAKeyTheAnswerIs401SayingHowToSendOne() throws Exception {
		problem(mvc.perform(get(whoami(supplierA))), 401)
			.andExpect(header().string("WWW-Authenticate", "ApiKey realm=\"Distribution Hub partner API\""))
			.andExpect(jsonPath("$.detail").value(
					"No API key: send it in the X-Api-Key header, or as 'Authorization: ApiKey <key>'"));
		problem(mvc.perform(post("/api/v1/suppliers/" + supplierA + "/acknowledgements")
			.contentType(MediaType.APPLICATION_JSON).content("{}")), 401);
	}

	@Test
	void aWrongUnknownOrMalformedKeyIs401() throws Exception {
		String wrongSecret = keyA.substring(0, keyA.length() - 2) + (keyA.endsWith("AA") ? "BB" : "AA");
		String unknownId = "dh_0000000000000000_" + keyA.substring(20);

		problem(mvc.perform(get(whoami(supplierA)).header("X-Api-Key", wrongSecret)), 401)
			.andExpect(jsonPath("$.detail").value("Unknown or wrong API key"));
		problem(mvc.perform(get(whoami(supplierA)).header("X-Api-Key", unknownId)), 401)
			.andExpect(jsonPath("$.detail").value("Unknown or wrong API key"));
		problem(mvc.perform(get(whoami(supplierA)).header("X-Api-Key", "let-me-in")), 401)
			.andExpect(jsonPath("$.detail").value("Not a Distribution Hub API key (they look like dh_<key id>_<secret>)"));
		problem(mvc.perform(get(whoami(supplierA)).header("Authorization", "ApiKey ")), 401);
	}

	@Test
	void aRevokedKeyIs401AtOnce() throws Exception {
		mvc.perform(get(whoami(supplierA)).header("X-Api-Key", keyA)).andExpect(status().isOk());

		keys.revoke(new RevokeApiKeyCommand(supplierA, keyIdA, "admin"));

		problem(mvc.perform(get(whoami(supplierA)).header("X-Api-Key", keyA)), 401)
			.andExpect(jsonPath("$.detail").value("This API key was revoked"));
	}

	@Test
	void aKeyOfADeactivatedSupplierIs401() throws Exception {
		suppliers.deactivate(new SupplierActionCommand(supplierA, "admin", "test"));

		problem(mvc.perform(get(whoami(supplierA)).header("X-Api-Key", keyA)), 401)
			.andExpect(jsonPath("$.detail").value("The supplier of this API key is deactivated"));
	}

	@Test
	void aKeyOfOneSupplierOnAnothersPathIs403() throws Exception {
		problem(mvc.perform(get(whoami(supplierB)).header("X-Api-Key", keyA)), 403)
			.andExpect(jsonPath("$.detail").value("This API key belongs to another supplier than the one in the path"));
		problem(mvc.perform(post("/api/v1/suppliers/" + supplierB + "/acknowledgements").header("X-Api-Key", keyA)
			.contentType(MediaType.APPLICATION_JSON).content("{}")), 403);
		problem(mvc.perform(get("/api/v1/suppliers").header("X-Api-Key", keyA)), 403);
	}

	@Test
	void staffCredentialsDoNotOpenThePartnerApiAndPartnerKeysDoNotOpenTheAdminApi() throws Exception {
		problem(mvc.perform(get(whoami(supplierA)).with(httpBasic("admin", "admin-secret-for-tests"))), 401);
		problem(mvc.perform(get("/api/v1/admin/suppliers").header("X-Api-Key", keyA)), 401);
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(status));
	}

	private static String whoami(String supplierId) {
		return "/api/v1/suppliers/" + supplierId + "/whoami";
	}
}

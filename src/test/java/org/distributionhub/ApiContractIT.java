package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.distributionhub.contract.ContractDiff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published v1 contract holds (ADR 0020): the OpenAPI document the hub generates now breaks nothing a client of
 * the committed snapshot relies on. Additions pass; after adding operations, rewrite the snapshot with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiContractIT -Dcontract.update=true}
 * and commit it with the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractIT {

	static final Path SNAPSHOT = Path.of("src", "test", "resources", "contract", "openapi-v1.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Test
	void theGeneratedContractBreaksNothingOfThePublishedV1() throws Exception {
		JsonNode generated = JSON.readTree(mvc
			.perform(get("/v3/api-docs").with(httpBasic("auditor", "auditor-secret-for-tests")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		if (Boolean.getBoolean("contract.update")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, JSON.writeValueAsString(generated) + "\n");
		}
		assertThat(SNAPSHOT).as("the committed v1 contract; write it with -Dcontract.update=true").exists();
		JsonNode published = JSON.readTree(Files.readString(SNAPSHOT));
		assertThat(ContractDiff.breakingChanges(published, generated, "/api/v1/"))
			.as("breaking changes to the published v1 contract (a breaking change needs a v2: ADR 0020)")
			.isEmpty();
	}
}

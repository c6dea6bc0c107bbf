package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors over a real port, as a browser or an API client meets them: an unknown console URL is a 404 page in the
 * console's layout whatever the request accepts, a page the role may not see a 403 page, a failing page a 500 page
 * that keeps its cause to the log; under /api/ the same errors answer the hub's problem JSON (ADR 0012).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ConsoleErrorPagesIT.FailingPages.class)
class ConsoleErrorPagesIT {

	private static final String CAUSE = "the cause only the log may show";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownConsoleUrlIsAnHtmlNotFoundPageInTheConsoleLayoutWhateverTheRequestAccepts() throws Exception {
		for (String accept : new String[] { "text/html", "*/*", "application/json" }) {
			var response = get("/console/nope", "admin", "admin-secret-for-tests", accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
			assertThat(response.body()).contains("<h1 id=\"error-title\">404 Not Found</h1>", "class=\"topbar\"",
					"/console/nope", "There is nothing at this address.", "Back to the console");
		}
	}

	@Test
	void aMissingPurchaseOrderSaysWhatWasNotFound() throws Exception {
		var response = get("/console/purchase-orders/nobody/PO-NONE", "auditor", "auditor-secret-for-tests",
				"text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("No purchase order PO-NONE to supplier nobody");
	}

	@Test
	void aPageTheRoleMayNotSeeIsAForbiddenPage() throws Exception {
		var response = get("/console/users", "auditor", "auditor-secret-for-tests", "text/html");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("403 Forbidden", "class=\"topbar\"");
	}

	@Test
	void aFailingConsolePageIsAServerErrorPageWithoutItsCause() throws Exception {
		var response = get("/console/test-failure", "admin", "admin-secret-for-tests", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("500 Internal Server Error", "the log says why")
			.doesNotContain(CAUSE, "IllegalStateException");
	}

	@Test
	void theApiKeepsAnsweringTheProblemShape() throws Exception {
		var missing = get("/api/v1/inventory/nope", "auditor", "auditor-secret-for-tests", "*/*");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		JsonNode problem = JsonMapper.shared().readTree(missing.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("type").asString()).startsWith("https://distributionhub.org/problems/");

		var failing = get("/api/v1/inventory/test-failure", "auditor", "auditor-secret-for-tests", "text/html");
		assertThat(failing.statusCode()).isEqualTo(500);
		assertThat(failing.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		JsonNode failure = JsonMapper.shared().readTree(failing.body());
		assertThat(failure.get("title").asString()).isEqualTo("Internal Server Error");
		assertThat(failure.get("type").asString()).isEqualTo(
				"https://distributionhub.org/problems/internal-server-error");
		assertThat(failing.body()).doesNotContain(CAUSE);
	}

	private HttpResponse<String> get(String path, String user, String password, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", accept)
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A console page and an API path that fail as a bug would. */
	@Controller
	static class FailingPages {

		@GetMapping({ "/console/test-failure", "/api/v1/inventory/test-failure" })
		String fail() {
			throw new IllegalStateException(CAUSE);
		}
	}
}

package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseOutageAnswersTest {

	private final DatabaseOutageAnswers answers = new DatabaseOutageAnswers();

	@Test
	void anApiMeetingADatabaseOutageAnswersTheProblemWithRetryAfter() throws Exception {
		var response = new MockHttpServletResponse();
		var resolved = answers.resolveException(new MockHttpServletRequest("POST", "/api/v1/orders"), response, null,
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

		assertThat(resolved).isNotNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("15");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"title\":\"Database unavailable\"")
			.contains("\"instance\":\"/api/v1/orders\"");
	}

	@Test
	void aConsolePageGetsTheErrorPageWithA503() {
		var response = new MockHttpServletResponse();
		answers.resolveException(new MockHttpServletRequest("GET", "/console/deliveries"), response, null,
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getErrorMessage()).isNull();
		assertThat(response.getHeader("Retry-After")).isEqualTo("15");
	}

	@Test
	void anyOtherFailureIsLeftToTheAdvices() {
		var response = new MockHttpServletResponse();
		assertThat(answers.resolveException(new MockHttpServletRequest("POST", "/api/v1/orders"), response, null,
				new IllegalArgumentException("not ours"))).isNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}
}

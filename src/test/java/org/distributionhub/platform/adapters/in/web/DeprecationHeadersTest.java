package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.platform.api.DeprecatedApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * A deprecated operation answers Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to its successor, and is marked
 * deprecated in the OpenAPI document with its sunset; an operation that is not deprecated gets none of it.
 */
class DeprecationHeadersTest {

	@RestController
	static class Widgets {

		@GetMapping("/api/v1/widgets")
		@DeprecatedApi(since = "2027-01-15", sunset = "2027-07-31", successor = "/api/v2/widgets")
		List<String> widgets() {
			return List.of("w-1");
		}

		@GetMapping("/api/v1/gadgets")
		List<String> gadgets() {
			return List.of("g-1");
		}
	}

	@DeprecatedApi(since = "2027-01-15", sunset = "2027-07-31")
	@RestController
	static class OldReports {

		@GetMapping("/api/v1/old-reports")
		List<String> reports() {
			return List.of();
		}
	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Widgets(), new OldReports())
		.addInterceptors(new DeprecationHeaders())
		.build();

	@Test
	void aDeprecatedOperationAnswersItsDeprecationSunsetAndSuccessor() throws Exception {
		mvc.perform(get("/api/v1/widgets"))
			.andExpect(status().isOk())
			.andExpect(header().string("Deprecation", "@1799971200"))
			.andExpect(header().string("Sunset", "Sat, 31 Jul 2027 00:00:00 GMT"))
			.andExpect(header().string("Link", "</api/v2/widgets>; rel=\"successor-version\""));
	}

	@Test
	void aDeprecatedControllerDeprecatesEachOperationWithoutASuccessorLink() throws Exception {
		mvc.perform(get("/api/v1/old-reports"))
			.andExpect(status().isOk())
			.andExpect(header().string("Deprecation", "@1799971200"))
			.andExpect(header().exists("Sunset"))
			.andExpect(header().doesNotExist("Link"));
	}

	@Test
	void anOperationThatIsNotDeprecatedSaysNothing() throws Exception {
		mvc.perform(get("/api/v1/gadgets"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Deprecation"))
			.andExpect(header().doesNotExist("Sunset"))
			.andExpect(header().doesNotExist("Link"));
	}

	@Test
	void theContractMarksTheOperationDeprecatedWithItsSunsetAndHeaders() throws Exception {
		Operation operation = new DeprecationDocs().customize(
				new Operation().description("The widgets")
					.responses(new ApiResponses().addApiResponse("200", new ApiResponse())),
				new HandlerMethod(new Widgets(), Widgets.class.getDeclaredMethod("widgets")));
		assertThat(operation.getDeprecated()).isTrue();
		assertThat(operation.getDescription()).contains("The widgets", "sunset on 2027-07-31", "use /api/v2/widgets");
		assertThat(operation.getExtensions()).containsEntry("x-sunset", "2027-07-31");
		assertThat(operation.getResponses().get("200").getHeaders()).containsKeys("Deprecation", "Sunset", "Link");

		Operation current = new DeprecationDocs().customize(new Operation(),
				new HandlerMethod(new Widgets(), Widgets.class.getDeclaredMethod("gadgets")));
		assertThat(current.getDeprecated()).isNull();
	}

	@Test
	void aSunsetComesAfterTheDeprecation() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeprecationNotice(LocalDate.of(2027, 7, 31), LocalDate.of(2027, 1, 1), ""));
	}
}

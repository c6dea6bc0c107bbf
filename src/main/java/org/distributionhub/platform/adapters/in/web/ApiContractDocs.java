package org.distributionhub.platform.adapters.in.web;

import java.util.List;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import tools.jackson.databind.JsonNode;

/**
 * The hub's OpenAPI 3.1 contract, generated from the controllers (ADR 0020): its description, the group of every
 * API, and the one problem shape (ADR 0012) as the {@code Problem} schema with a response per status that every
 * operation refers to ({@link ProblemResponseDocs}).
 */
@Configuration(proxyBeanMethods = false)
class ApiContractDocs {

	static final String PROBLEM = "Problem";

	/** The statuses a problem is documented for, with what each means. */
	static final Map<Integer, String> STATUSES = Map.of(400,
			"Unreadable request or invalid values; errors names each field ($.lines[0].quantity) or parameter", 401,
			"No credentials, or wrong ones", 403, "These credentials may not do this (role, or another supplier)", 404,
			"Nothing is known by an id in the path", 409, "A state conflict: changed at the same moment, or no longer allowed",
			413, "The body is larger than allowed", 415, "The body's media type is not one this operation takes", 422,
			"Well-formed, but names something unknown or breaks a business rule", 429,
			"Throttled: the Retry-After header says when to send again", 503,
			"Not taken now (the database is unavailable, or for intake the hub is behind with its event deliveries): "
					+ "nothing was stored, send the same request again after Retry-After seconds");

	static {
		// A body read as a JSON tree is documented as an object, not as the tree's Java properties.
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
	}

	@Bean
	OpenAPI hubOpenApi() {
		return new OpenAPI().servers(List.of(new Server().url("/").description("This hub")))
			.info(new Info().title("Distribution Hub API")
			.version("v1")
			.description("Every API of the hub: the partner API (a supplier's API key), and the staff, order, "
					+ "warehouse, inventory and admin APIs (console users). Errors are RFC 9457 problems of one "
					+ "shape (ADR 0012). Major versions are in the path; within one only additive changes are made, "
					+ "and a deprecated operation answers Deprecation and Sunset headers (ADR 0020)."));
	}

	/** Every API in one group, so the browsable page offers it beside the partner API. */
	@Bean
	GroupedOpenApi everyApi() {
		return GroupedOpenApi.builder().group("hub").displayName("Every API").pathsToMatch("/api/**").build();
	}

	@Bean
	GlobalOpenApiCustomizer problemComponents() {
		return openApi -> {
			if (openApi.getPaths() != null) {
				// A controller may serve a console path too (a chart's JSON): only /api/ is the contract.
				openApi.getPaths().keySet().removeIf(path -> !path.startsWith(ApiFrameworkProblems.API));
			}
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.components(components.addSchemas(PROBLEM, problemSchema()).addSchemas(PROBLEM + "Error", errorSchema()));
			STATUSES.forEach((status, meaning) -> components.addResponses(PROBLEM + status, new ApiResponse()
				.description(meaning)
				.content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						new io.swagger.v3.oas.models.media.MediaType()
							.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
							.example(example(status))))));
		};
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem; a problem may carry more properties (trackingId)")
			.addProperty("type", new StringSchema().format("uri").description("https://distributionhub.org/problems/<slug of the title>"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().description("The path asked for"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + PROBLEM + "Error"))
				.description("For request mistakes: each field or parameter at fault"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> errorSchema() {
		return new ObjectSchema()
			.addProperty("path", new StringSchema().description("$ for the body, $.lines[0].quantity for a field, a "
					+ "parameter's own name (page, Idempotency-Key)"))
			.addProperty("message", new StringSchema())
			.required(List.of("path", "message"));
	}

	private static Map<String, Object> example(int status) {
		String title = switch (status) {
			case 400 -> ApiProblems.INVALID;
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not found";
			case 409 -> "Concurrent change";
			case 413 -> "Request too large";
			case 415 -> "Unsupported media type";
			case 422 -> "Unknown item";
			case 429 -> "Too many requests";
			default -> "Try again";
		};
		var problem = ApiProblems.problem(org.springframework.http.HttpStatus.valueOf(status), title, STATUSES.get(status));
		if (status == 400) {
			return Map.of("type", problem.getType().toString(), "title", title, "status", status, "detail",
					"$.lines[0].quantity: must be greater than 0", "errors",
					List.of(ApiProblems.error("$.lines[0].quantity", "must be greater than 0")));
		}
		return Map.of("type", problem.getType().toString(), "title", title, "status", status, "detail",
				STATUSES.get(status));
	}
}

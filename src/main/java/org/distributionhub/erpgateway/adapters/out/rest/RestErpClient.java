package org.distributionhub.erpgateway.adapters.out.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.ports.out.ErpClient;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts to a REST ERP as configured under hub.erp.rest (hub.erp.adapter=rest). Our idempotency key travels in the
 * reference header and wherever the body template puts it, so the look-up URL finds what an earlier attempt created.
 * 2xx is success; 408, 425, 429, 5xx, timeouts and refused connections are transient; any other answer is permanent,
 * with the ERP's message. The client starts from Spring Boot's RestClient.Builder, so every call is observed and carries
 * the W3C trace context.
 */
@Component
@ConditionalOnProperty(name = "hub.erp.adapter", havingValue = "rest")
class RestErpClient implements ErpClient {

	private static final int MESSAGE_LIMIT = 500;

	private final RestErpProperties properties;
	private final URI baseUrl;
	private final JsonMapper json;
	private final PostingPayloadJson payloads;
	private final RestClient http;

	RestErpClient(RestErpProperties properties, JsonMapper json, PostingPayloadJson payloads, RestClient.Builder http) {
		if (properties.baseUrl() == null) {
			throw new IllegalStateException("hub.erp.adapter=rest needs hub.erp.rest.base-url");
		}
		this.properties = properties;
		this.baseUrl = properties.baseUrl();
		this.json = json;
		this.payloads = payloads;
		var factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(properties.connectTimeout())
					.build());
		factory.setReadTimeout(properties.readTimeout());
		this.http = http.clone()
			.requestFactory(factory)
			.defaultHeaders(headers -> properties.headers().forEach(headers::set))
			.build();
	}

	@Override
	public ErpResult send(Posting posting) {
		var endpoint = properties.postings().get(posting.type());
		if (endpoint == null) {
			return new ErpResult.PermanentFailure("No REST endpoint for " + posting.type() + " (hub.erp.rest.postings."
					+ posting.type() + ")", "config");
		}
		try {
			return http.post()
				.uri(PostingTemplate.url(baseUrl, endpoint.url(), posting))
				.header(properties.referenceHeader(), posting.idempotencyKey())
				.contentType(MediaType.APPLICATION_JSON)
				.body(PostingTemplate.body(endpoint.body(), posting, json, payloads))
				.exchange((request, response) -> created(response, endpoint, posting));
		}
		catch (ResourceAccessException e) {
			return new ErpResult.TransientFailure("ERP not reachable: " + e.getMessage(),
					e.getCause() instanceof java.net.http.HttpTimeoutException ? "timeout" : "connection_refused");
		}
	}

	@Override
	public Optional<ErpReference> findByReference(Posting posting) {
		var endpoint = properties.postings().get(posting.type());
		if (endpoint == null) {
			return Optional.empty();
		}
		return http.get()
			.uri(PostingTemplate.url(baseUrl, endpoint.lookupUrl(), posting))
			.header(properties.referenceHeader(), posting.idempotencyKey())
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, response) -> {
				if (response.getStatusCode().value() == 404) {
					return Optional.empty();
				}
				String body = text(response);
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new IllegalStateException("Look-up answered " + describe(response.getStatusCode(), body));
				}
				return reference(body, endpoint.referenceField());
			});
	}

	@Override
	public String name() {
		return "REST ERP at " + baseUrl;
	}

	private ErpResult created(ClientHttpResponse response, RestErpProperties.Endpoint endpoint, Posting posting)
			throws IOException {
		HttpStatusCode status = response.getStatusCode();
		String body = text(response);
		if (status.is2xxSuccessful()) {
			return new ErpResult.Accepted(reference(body, endpoint.referenceField())
				.orElse(new ErpReference(posting.idempotencyKey())));
		}
		return ErpResult.forStatus(status.value(), describe(status, body));
	}

	private Optional<ErpReference> reference(String body, String field) {
		if (body.isBlank()) {
			return Optional.empty();
		}
		try {
			JsonNode answer = json.readTree(body);
			JsonNode document = answer.isArray() ? answer.path(0) : answer;
			JsonNode id = document.path(field);
			return id.isValueNode() && !id.asString().isBlank() ? Optional.of(new ErpReference(id.asString()))
					: Optional.empty();
		}
		catch (JacksonException e) {
			return Optional.empty();
		}
	}

	private static String text(ClientHttpResponse response) throws IOException {
		return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static String describe(HttpStatusCode status, @Nullable String body) {
		String message = body == null || body.isBlank() ? "" : ": " + body.strip();
		String text = "HTTP " + status.value() + message;
		return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 3) + "...";
	}
}

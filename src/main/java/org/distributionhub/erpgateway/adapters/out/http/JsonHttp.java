package org.distributionhub.erpgateway.adapters.out.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.platform.correlation.OutboundHttp;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON requests to an ERP over the JDK's HTTP client (HTTP/1.1, connect and read timeouts). Every answer comes back
 * with its status and its body; an ERP that cannot be reached throws {@link ErpCallFailed} with a transient failure
 * (timeout, connection_refused or io). Each call is observed as {@value #OBSERVATION}: a client span whose W3C trace
 * context goes with the request.
 */
public final class JsonHttp {

	static final String OBSERVATION = "hub.erp.calls";

	private final HttpClient client;
	private final Duration readTimeout;
	private final JsonMapper json;
	private final ObservationRegistry observations;

	public JsonHttp(Duration connectTimeout, Duration readTimeout, JsonMapper json, ObservationRegistry observations) {
		this.observations = observations;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.readTimeout = readTimeout;
		this.json = json;
	}

	public Answer post(URI uri, Map<String, String> headers, Object body) {
		var request = request(uri, headers).header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		return observed("POST", uri, request);
	}

	public Answer get(URI uri, Map<String, String> headers) {
		return observed("GET", uri, request(uri, headers).GET());
	}

	public JsonMapper json() {
		return json;
	}

	private HttpRequest.Builder request(URI uri, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("Accept", "application/json")
			.header("User-Agent", "distribution-hub");
		headers.forEach(request::header);
		return request;
	}

	private Answer observed(String method, URI uri, HttpRequest.Builder request) {
		var observation = OutboundHttp.start(observations, OBSERVATION, method, uri, request);
		try {
			Answer answer = send(request.build());
			observation.lowCardinalityKeyValue("status", String.valueOf(answer.status()));
			return answer;
		}
		catch (RuntimeException e) {
			observation.error(e);
			throw e;
		}
		finally {
			observation.stop();
		}
	}

	private Answer send(HttpRequest request) {
		try {
			var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), parse(response.body()), response.body());
		}
		catch (HttpConnectTimeoutException e) {
			throw ErpCallFailed.temporary("ERP not reachable: connecting to " + where(request) + " timed out", "timeout");
		}
		catch (HttpTimeoutException e) {
			throw ErpCallFailed.temporary("ERP did not answer within " + readTimeout.toMillis() + " ms: "
					+ request.method() + " " + request.uri().getPath(), "timeout");
		}
		catch (ConnectException e) {
			throw ErpCallFailed.temporary("ERP not reachable: connection to " + where(request) + " refused",
					"connection_refused");
		}
		catch (IOException e) {
			throw ErpCallFailed.temporary("ERP not reachable at " + where(request) + ": " + e, "io");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw ErpCallFailed.temporary("Interrupted while waiting for the ERP", "io");
		}
	}

	private JsonNode parse(String body) {
		if (body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			return MissingNode.getInstance();
		}
	}

	private static String where(HttpRequest request) {
		var uri = request.uri();
		return uri.getHost() + ":" + (uri.getPort() < 0 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort());
	}

	/** An ERP's answer: its status, its body as JSON (missing when empty or not JSON) and as text. */
	public record Answer(int status, JsonNode body, String text) {

		public boolean isSuccess() {
			return status >= 200 && status < 300;
		}
	}
}

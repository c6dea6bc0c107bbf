package org.distributionhub.erpgateway.adapters.out.rest;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.erpgateway.adapters.out.FaultyHttpServer;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A REST ERP on a real port of 127.0.0.1 that holds receipts and vendor bills: POST /api/receipts or /api/vendor-bills
 * creates one (every time, like an ERP that knows nothing of idempotency), a GET with ?reference=... finds them. It insists on its bearer token, on
 * a reference in the body equal to the X-Hub-Reference header and on lines; tests make it down, slow or failing.
 */
final class ErpStub extends FaultyHttpServer {

	static final String TOKEN = "erp-token-for-tests";

	private final JsonMapper json = JsonMapper.builder().build();
	private final Map<String, List<String>> documentsByReference = new ConcurrentHashMap<>();
	private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
	private final Map<String, JsonNode> bodies = new ConcurrentHashMap<>();
	private final AtomicInteger documents = new AtomicInteger();
	private final AtomicInteger posts = new AtomicInteger();
	private final AtomicInteger lookups = new AtomicInteger();
	private volatile String acceptedToken = TOKEN;

	ErpStub() throws IOException {
		serve("/api/receipts", this::handle);
		serve("/api/vendor-bills", this::handle);
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port());
	}

	void acceptToken(String token) {
		this.acceptedToken = token;
	}

	int documentsFor(String reference) {
		return documentsByReference.getOrDefault(reference, List.of()).size();
	}

	/** The body of the last document created with this reference, or a missing node. */
	JsonNode body(String reference) {
		return bodies.getOrDefault(reference, json.missingNode());
	}

	List<Long> arrivals(String businessKey) {
		return List.copyOf(arrivals.getOrDefault(businessKey, List.of()));
	}

	int posts() {
		return posts.get();
	}

	int lookups() {
		return lookups.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			pause();
			if (!("Bearer " + acceptedToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "{\"message\":\"Invalid or expired token\"}");
			}
			else if (exchange.getRequestMethod().equals("GET")) {
				lookup(exchange);
			}
			else if (exchange.getRequestMethod().equals("POST")) {
				create(exchange);
			}
			else {
				answer(exchange, 405, "{\"message\":\"method not allowed\"}");
			}
		}
	}

	private void lookup(HttpExchange exchange) throws IOException {
		lookups.incrementAndGet();
		String query = exchange.getRequestURI().getRawQuery();
		String reference = query == null || !query.startsWith("reference=") ? ""
				: URLDecoder.decode(query.substring("reference=".length()), StandardCharsets.UTF_8);
		var found = json.createArrayNode();
		documentsByReference.getOrDefault(reference, List.of())
			.forEach(id -> found.addObject().put("id", id).put("reference", reference));
		answer(exchange, 200, json.writeValueAsString(found));
	}

	private synchronized void create(HttpExchange exchange) throws IOException {
		posts.incrementAndGet();
		if (isDown()) {
			answer(exchange, 503, "{\"message\":\"down for maintenance\"}");
			return;
		}
		if (takeFailure()) {
			answer(exchange, failureStatus(), "{\"message\":\"failure " + failureStatus() + " as ordered\"}");
			return;
		}
		JsonNode body = json.readTree(exchange.getRequestBody());
		String reference = body.path("reference").asString("");
		if (reference.isBlank() || !reference.equals(exchange.getRequestHeaders().getFirst("X-Hub-Reference"))) {
			answer(exchange, 400, "{\"message\":\"reference missing or not the X-Hub-Reference header\"}");
			return;
		}
		var lines = (body.has("bill") ? body.path("bill") : body.path("receipt")).path("lines");
		if (!lines.isArray() || lines.isEmpty()) {
			answer(exchange, 422, "{\"message\":\"lines are required\"}");
			return;
		}
		for (JsonNode line : lines) {
			if (line.path("quantity").decimalValue().signum() <= 0) {
				answer(exchange, 422, "{\"message\":\"quantities must be positive\"}");
				return;
			}
		}
		String id = "REC-" + documents.incrementAndGet();
		documentsByReference.computeIfAbsent(reference, key -> new CopyOnWriteArrayList<>()).add(id);
		bodies.put(reference, body);
		arrivals.computeIfAbsent(body.path("businessKey").asString(""), key -> new CopyOnWriteArrayList<>())
			.add(body.path("sequence").asLong());
		answer(exchange, 201, "{\"id\":\"" + id + "\"}");
	}
}

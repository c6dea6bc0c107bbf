package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP to the hub as the test profile's console users (HTTP basic), each with their own session cookies. */
final class StaffHttp {

	static final String ADMIN = basic("admin", "admin-secret-for-tests");
	static final String OPERATOR = basic("operator", "operator-secret-for-tests");
	static final String AUDITOR = basic("auditor", "auditor-secret-for-tests");
	static final JsonMapper JSON = JsonMapper.shared();

	private final int port;
	private final Map<String, HttpClient> clients = new HashMap<>();

	StaffHttp(int port) {
		this.port = port;
	}

	JsonNode json(String path, String auth) throws IOException, InterruptedException {
		var response = send("GET", path, auth, "application/json", null);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	Document page(String path, String auth) throws IOException, InterruptedException {
		var response = send("GET", path, auth, null, null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** A console form post with the CSRF token of the page it is sent from. */
	HttpResponse<String> form(String from, String path, String auth, String reason)
			throws IOException, InterruptedException {
		String token = page(from, auth).select("meta[name=_csrf]").attr("content");
		assertThat(token).isNotBlank();
		return send("POST", path, auth, null,
				"reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8) + "&_csrf=" + token);
	}

	HttpResponse<String> send(String method, String path, @Nullable String auth, @Nullable String accept,
			@Nullable String body) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (auth != null) {
			request.header("Authorization", auth);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
			request.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return clients.computeIfAbsent(String.valueOf(auth),
				it -> HttpClient.newBuilder().cookieHandler(new CookieManager()).build())
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}

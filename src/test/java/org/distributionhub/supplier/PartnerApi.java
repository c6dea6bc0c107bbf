package org.distributionhub.supplier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/** A supplier's side of the partner API over real HTTP, with its API key on every call. */
record PartnerApi(int port, String supplier, String apiKey) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + "/api/v1/suppliers/" + supplier + path);
	}

	HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
		return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), null);
	}

	HttpResponse<String> post(String path, String contentType, byte[] body, @Nullable String idempotencyKey)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", apiKey).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}

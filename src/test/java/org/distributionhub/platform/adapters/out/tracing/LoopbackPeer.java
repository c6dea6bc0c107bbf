package org.distributionhub.platform.adapters.out.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The systems the hub calls, on one real port of 127.0.0.1: it keeps every request (method, path, headers, body) and
 * answers each path with the status set for it (200 unless told).
 */
final class LoopbackPeer implements AutoCloseable {

	private final HttpServer server;
	private final List<Call> calls = new CopyOnWriteArrayList<>();
	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	/** A peer listening already. */
	static LoopbackPeer started() {
		try {
			return new LoopbackPeer();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private LoopbackPeer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", exchange -> {
			try (exchange) {
				String path = exchange.getRequestURI().getPath();
				calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("traceparent"),
						exchange.getRequestBody().readAllBytes()));
				Answer answer = answers.getOrDefault(path, new Answer(200, ""));
				byte[] body = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
				if (body.length > 0) {
					exchange.getResponseBody().write(body);
				}
			}
		});
		server.start();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	void answer(String path, int status, String body) {
		answers.put(path, new Answer(status, body));
	}

	List<Call> calls(String method, String path) {
		return calls.stream().filter(call -> call.method().equals(method) && call.path().equals(path)).toList();
	}

	/** The first such call, running {@code nudge} (a delivery round) until it came. */
	Call awaitFirst(String method, String path, Runnable nudge) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			nudge.run();
			assertThat(calls(method, path)).isNotEmpty();
		});
		return calls(method, path).get(0);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One request the peer received, with its W3C traceparent header (null when it came without). */
	record Call(String method, String path, String traceparent, byte[] body) {

		/** The trace id of the traceparent: version-traceid-parentid-flags. */
		String traceId() {
			return traceparent == null ? null : traceparent.split("-")[1];
		}

		/** Whether the body holds the trace id as 16 raw bytes, as every span of the trace does in OTLP protobuf. */
		boolean carries(String traceId) {
			byte[] id = HexFormat.of().parseHex(traceId);
			outer: for (int i = 0; i + id.length <= body.length; i++) {
				for (int j = 0; j < id.length; j++) {
					if (body[i + j] != id[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}
	}

	private record Answer(int status, String body) {
	}
}

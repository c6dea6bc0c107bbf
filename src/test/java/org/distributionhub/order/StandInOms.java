package org.distributionhub.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OMS webhook on 127.0.0.1 that is down for the first call of each Idempotency-Key (503) and takes every call
 * after it (200); it keeps each request it saw with the answer it gave.
 */
public final class StandInOms implements AutoCloseable {

	private final HttpServer server;
	private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private StandInOms(HttpServer server) {
		this.server = server;
	}

	public static StandInOms start() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			var oms = new StandInOms(server);
			server.createContext("/promises", oms::handle);
			server.start();
			return oms;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/promises";
	}

	/** The calls made with this idempotency key, in the order they came. */
	public List<Call> calls(String idempotencyKey) {
		return calls.stream().filter(it -> idempotencyKey.equals(it.idempotencyKey())).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int status = key != null && failedOnce.add(key) ? 503 : 200;
		calls.add(new Call(key, exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Content-Type"), body, status));
		byte[] answer = (status == 200 ? "{\"received\":true}" : "{\"error\":\"maintenance\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One request and the status it was answered with. */
	public record Call(String idempotencyKey, String authorization, String contentType, String body, int status) {
	}
}

package org.distributionhub.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;

/**
 * The drill's hub: one separate JVM at a time on the drill's database, killed with kill -9 and started again on a
 * fresh port. Callers send through {@link #send}, which waits while the hub is down and sends again what a kill cut
 * off, so every request ends with an answer and the caller learns how many times it was cut.
 */
final class DrillHub implements AutoCloseable {

	static final String ADMIN = "admin:admin-secret-for-tests";
	static final String OPERATOR = "operator:operator-secret-for-tests";
	private static final Duration START = Duration.ofSeconds(180);

	/** A request's answer and how many times a kill cut it off before it. */
	record Answer(HttpResponse<String> response, int cuts) {
		int status() {
			return response.statusCode();
		}

		String body() {
			return response.body();
		}
	}

	/** One call: method, path, content type, body, and the headers that authenticate it. */
	record Call(String method, String path, @Nullable String body, List<String> headers) {
		static Call staff(String credentials, String method, String path, @Nullable String body) {
			return new Call(method, path, body, List.of("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
		}

		static Call partner(String apiKey, String path, String idempotencyKey, String body) {
			return new Call("POST", path, body, List.of("X-Api-Key", apiKey, "Idempotency-Key", idempotencyKey));
		}
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final List<String> arguments;
	private final Path logs;
	private final List<Duration> startTimes = new ArrayList<>();
	private volatile @Nullable HubProcess process;
	private volatile int port;
	private volatile CountDownLatch up = new CountDownLatch(1);

	DrillHub(List<String> arguments, Path logs) {
		this.arguments = List.copyOf(arguments);
		this.logs = logs;
	}

	/** Starts the hub and returns once it answers its health check; callers waiting for it go on. */
	void start() throws Exception {
		port = freePort();
		var command = new ArrayList<>(arguments);
		command.add("--server.port=" + port);
		Instant started = Instant.now();
		var hub = HubProcess.start(logs.resolve("hub-" + (startTimes.size() + 1) + ".log"), command);
		process = hub;
		awaitHealthy(hub);
		startTimes.add(Duration.between(started, Instant.now()));
		up.countDown();
	}

	/** kill -9; callers' requests wait from now on until the next {@link #start}. */
	void kill() throws InterruptedException {
		up = new CountDownLatch(1);
		var running = process;
		if (running != null) {
			running.kill();
		}
	}

	void stop() throws InterruptedException {
		up = new CountDownLatch(1);
		var running = process;
		if (running != null) {
			running.stop();
		}
	}

	List<Duration> startTimes() {
		return List.copyOf(startTimes);
	}

	Answer send(Call call) throws InterruptedException {
		int cuts = 0;
		while (true) {
			CountDownLatch current = up;
			current.await();
			try {
				return new Answer(http.send(request(call), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
						cuts);
			}
			catch (IOException e) {
				cuts++;
				if (current == up) {
					// Not (yet) a kill we know of: the kill may be under way, or the hub was briefly out of reach.
					Thread.sleep(100);
				}
				if (cuts > 100) {
					throw new IllegalStateException(call.method() + " " + call.path() + " found no hub to answer", e);
				}
			}
		}
	}

	private HttpRequest request(Call call) {
		var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path()))
			.timeout(Duration.ofSeconds(60))
			.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
		if (call.body() != null) {
			builder.header("Content-Type", "application/json");
		}
		for (int i = 0; i < call.headers().size(); i += 2) {
			builder.header(call.headers().get(i), call.headers().get(i + 1));
		}
		return builder.build();
	}

	private void awaitHealthy(HubProcess hub) throws Exception {
		var deadline = Instant.now().plus(START);
		var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5)).build();
		while (Instant.now().isBefore(deadline)) {
			if (hub.countLines("APPLICATION FAILED TO START") > 0) {
				throw new IllegalStateException("The hub did not start; see its log under " + logs);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The hub was not healthy within " + START + "; see its log under " + logs);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		var running = process;
		if (running != null) {
			running.close();
		}
	}
}

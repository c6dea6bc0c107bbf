package org.distributionhub.erpgateway.adapters.out;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port for the tests' stand-in ERPs, with the faults a test orders: down, slow,
 * or failing its next calls with a status. Each ERP adds its own contract as handlers.
 */
public abstract class FaultyHttpServer implements AutoCloseable {

	private final HttpServer server;
	private final ExecutorService threads = Executors.newFixedThreadPool(8);
	private final AtomicInteger failuresLeft = new AtomicInteger();
	private final AtomicInteger answered = new AtomicInteger();
	private volatile int failureStatus = 503;
	private volatile boolean down;
	private volatile long delayMillis;

	protected FaultyHttpServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		server.setExecutor(threads);
		server.start();
	}

	protected final void serve(String path, HttpHandler handler) {
		server.createContext(path, exchange -> {
			try {
				handler.handle(exchange);
			}
			finally {
				answered.incrementAndGet();
			}
		});
	}

	/**
	 * Waits until this server has answered its first request, which is the hub's ERP check at start (it runs on a
	 * thread of its own once the hub is ready). A test that orders failures waits for it first, or the check may take
	 * a failure meant for the test's own posting.
	 */
	public void awaitTheHubsCheckAtStart() {
		long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (answered.get() == 0) {
			if (System.nanoTime() > until) {
				throw new AssertionError("the hub never checked this ERP at start");
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for the hub's ERP check", e);
			}
		}
	}

	protected final int port() {
		return server.getAddress().getPort();
	}

	/** The next {@code count} calls the ERP would act on answer {@code status} and change nothing. */
	public void failNext(int count, int status) {
		failureStatus = status;
		failuresLeft.set(count);
	}

	public void down(boolean down) {
		this.down = down;
	}

	public void slow(long delayMillis) {
		this.delayMillis = delayMillis;
	}

	protected final void resetFaults() {
		down = false;
		delayMillis = 0;
		failuresLeft.set(0);
	}

	protected final boolean isDown() {
		return down;
	}

	/** Whether this call is one of the failures ordered with {@link #failNext}; counts it if so. */
	protected final boolean takeFailure() {
		return failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
	}

	protected final int failureStatus() {
		return failureStatus;
	}

	protected final void pause() {
		try {
			Thread.sleep(delayMillis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	protected static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}

package org.distributionhub.order;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.order.api.FindOrders;
import org.distributionhub.platform.BenchmarkFigures;
import org.distributionhub.platform.Pgbench;
import org.distributionhub.platform.StatementCounter;
import org.distributionhub.platform.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer orders end to end: 16 OMS clients post single-line orders through the real order API (HTTP basic, an
 * OPERATOR account); measured from the first request until every listener has completed, that is until inventory
 * has reserved or backordered each order and the order has recorded it (and, for backorders, the promise change has
 * been handled). Each client orders its own SKU, stocked for nine orders in ten, so one order in ten is backordered.
 * Reports orders per second, p50/p99 intake latency at full speed and at half that rate, PostgreSQL commits per
 * order, the SQL statements and commits per order counted at the hub's DataSource and the CPU time per order (hub
 * JVM, PostgreSQL backends), next to pgbench's single-row insert rate in the same sitting. Run with
 * {@code ./mvnw -Pbenchmarks verify -Dit.test=OrderBenchmark}; figures go to target/benchmarks/orders.txt.
 */
class OrderBenchmark {

	private static final int CLIENTS = 16;
	private static final int PER_CLIENT = Integer.getInteger("bench.orders", 250);
	/** Orders per client before measuring, so that the JIT compiler has done its work by then. */
	private static final int WARM_UP = Integer.getInteger("bench.warmUp", 150);
	private static final Path REPORT = Path.of("target", "benchmarks", "orders.txt");

	private BenchmarkFigures report;
	private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
		.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	@Test
	void orderThroughput() throws Exception {
		report = BenchmarkFigures.report(REPORT, "Orders end to end, " + CLIENTS + " clients x " + PER_CLIENT + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores\n");
		report.line("pgbench single-row insert (8 clients, 20 s) before: %.0f tps", Pgbench.singleRowInsertsPerSecond(20));
		run("PostgreSQL", BenchmarkFigures.postgres(), true,
				"--spring.profiles.active=test,postgres");
		if (!Boolean.getBoolean("bench.postgresOnly")) {
			run("H2 file", TestDatabase.forProcesses("orderbench"), false, "--spring.profiles.active=test");
		}
		report.line("pgbench single-row insert (8 clients, 20 s) after: %.0f tps", Pgbench.singleRowInsertsPerSecond(20));
	}

	private void run(String name, TestDatabase database, boolean postgres, String profiles) throws Exception {
		var counter = new StatementCounter();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS, BenchmarkFigures.clientThreads());
		try (var hub = start(database, profiles, counter)) {
			var jdbc = JdbcClient.create(counter.uncounted());
			var orders = hub.getBean(FindOrders.class);
			var api = new Api(((WebServerApplicationContext) hub).getWebServer().getPort());
			String run = UUID.randomUUID().toString().substring(0, 6);

			measure(api, clients, run + "-warm", WARM_UP, 0);
			BenchmarkFigures.waitForListeners(jdbc);

			long commitsBefore = postgres ? BenchmarkFigures.commits(jdbc) : 0;
			var countedBefore = counter.counts();
			var cpuBefore = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			long start = System.nanoTime();
			long[] latencies = measure(api, clients, run + "-full", PER_CLIENT, 0);
			BenchmarkFigures.waitForListeners(jdbc);
			double seconds = (System.nanoTime() - start) / 1e9;
			var cpuAfter = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			int placed = CLIENTS * PER_CLIENT;
			double rate = placed / seconds;
			long commitsAfter = postgres ? BenchmarkFigures.commits(jdbc) : 0;
			var counted = counter.counts().minus(countedBefore);
			report.line("%s: %d orders placed and allocated (API + every listener) in %.1f s = %.0f orders/s; intake latency p50 %.1f ms, p99 %.1f ms",
					name, placed, seconds, rate, BenchmarkFigures.percentile(latencies, 50), BenchmarkFigures.percentile(latencies, 99));
			report.line("%s: orders by state afterwards: %s", name, orders.countByState(Instant.now()));
			report.perOperation(name, "order", placed, counted, postgres ? commitsAfter - commitsBefore : null);
			report.cpuPerOperation(name, "order", placed, cpuBefore, cpuAfter, postgres);
			long intervalNanos = (long) (1e9 * CLIENTS / (rate / 2));
			long[] halfRate = measure(api, clients, run + "-half", PER_CLIENT, intervalNanos);
			BenchmarkFigures.waitForListeners(jdbc);
			report.line("%s: at half that rate (%.0f/s offered): intake latency p50 %.1f ms, p99 %.1f ms", name, rate / 2,
					BenchmarkFigures.percentile(halfRate, 50), BenchmarkFigures.percentile(halfRate, 99));
		}
		finally {
			clients.shutdown();
		}
	}

	/** Stocks one SKU per client for nine orders in ten, then each client places {@code count} orders of one. */
	private static long[] measure(Api api, ExecutorService clients, String batch, int count, long intervalNanos)
			throws Exception {
		StringBuilder feed = new StringBuilder("sku,quantity\n");
		for (int c = 0; c < CLIENTS; c++) {
			feed.append(sku(batch, c)).append(',').append(count * 9 / 10).append('\n');
		}
		api.expect(200, api.post("/api/v1/inventory/feeds?warehouse=MAIN&mode=DELTA", "text/csv", feed.toString()));

		long[] latencies = new long[CLIENTS * count];
		var sends = new ArrayList<CompletableFuture<Void>>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			sends.add(CompletableFuture.runAsync(() -> {
				long next = System.nanoTime();
				for (int i = 0; i < count; i++) {
					if (intervalNanos > 0) {
						long wait = next - System.nanoTime();
						if (wait > 0) {
							BenchmarkFigures.pause(wait);
						}
						next += intervalNanos;
					}
					String body = """
							{"channel": "bench", "externalOrderId": "%s-%d-%d", "customer": "C-%d", "warehouse": "MAIN",
							 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": 1, "unit": "EA", "unitPrice": "9.90", "currency": "EUR"}]}"""
						.formatted(batch, client, i, client, sku(batch, client));
					long sent = System.nanoTime();
					api.expect(201, api.post("/api/v1/orders", "application/json", body));
					latencies[client * count + i] = System.nanoTime() - sent;
				}
			}, clients));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		return latencies;
	}

	private static String sku(String batch, int client) {
		return "BENCH-" + batch + "-" + client;
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String profiles, StatementCounter counter) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of(profiles, "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=30",
				"--spring.datasource.hikari.minimum-idle=30", "--hub.erp.dispatch.enabled=false",
				"--logging.level.root=warn", "--logging.level.org.distributionhub=warn"));
		arguments.addAll(BenchmarkFigures.shippedRetrySchedule());
		return new SpringApplicationBuilder(DistributionHubApplication.class).initializers(counter)
			.run(arguments.toArray(String[]::new));
	}

	/** The hub's HTTP API as an OMS client sees it. */
	private record Api(int port, HttpClient http) {

		Api(int port) {
			this(port, HttpClient.newBuilder()
				.executor(Executors.newFixedThreadPool(4, BenchmarkFigures.clientThreads()))
				.build());
		}

		HttpResponse<String> post(String path, String contentType, String body) {
			try {
				return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.header("Content-Type", contentType)
					.header("Authorization", AUTHORIZATION)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}

		void expect(int status, HttpResponse<String> response) {
			if (response.statusCode() != status) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
		}
	}
}

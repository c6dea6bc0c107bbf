package org.distributionhub.erpgateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.platform.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Drains a backlog of 10,000 postings (2,500 business keys of 4) through the generic REST adapter to a local ERP
 * that answers each creation in about 5 ms and counts creations per reference. One hub records the backlog and stops;
 * a second hub starts on the same database with the production dispatch settings (two dispatch loops, concurrency 4,
 * batch 32, poll interval 1 s) and drains it. Figures: postings per second, total time, the ERP's duplicates (must be 0), and on
 * PostgreSQL the commits per posting. Run with {@code ./mvnw -Pbenchmarks verify -Dit.test=PostingDrainBenchmark}
 * (PostgreSQL from HUB_TEST_DB_URL, else the local test database); figures go to target/benchmarks/erp-drain.txt.
 */
class PostingDrainBenchmark {

	private static final int KEYS = 2_500;
	private static final int PER_KEY = 4;
	private static final int POSTINGS = KEYS * PER_KEY;
	private static final long ERP_MILLIS = 5;
	private static final Path REPORT = Path.of("target", "benchmarks", "erp-drain.txt");

	@Test
	void drainABacklogOfTenThousandPostings() throws Exception {
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, "ERP posting drain, " + POSTINGS + " postings on " + KEYS + " keys, ERP answering in "
				+ ERP_MILLIS + " ms, concurrency 4, batch 32, " + Runtime.getRuntime().availableProcessors()
				+ " cores, " + Instant.now() + "\n");
		String pgUrl = System.getenv().getOrDefault("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		run("PostgreSQL", new TestDatabase(pgUrl, "postgres", ""), "--spring.profiles.active=test,postgres", true);
		run("H2 file", TestDatabase.forProcesses("erp-drain"), "--spring.profiles.active=test", false);
	}

	private void run(String name, TestDatabase database, String profiles, boolean postgres) throws Exception {
		String tag = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
		try (var erp = new ErpStub()) {
			try (var recorder = start(database, profiles, erp, false)) {
				record(recorder.getBean(RecordPosting.class), tag);
			}
			try (var hub = start(database, profiles, erp, true)) {
				var jdbc = hub.getBean(JdbcClient.class);
				long others = count(jdbc, "SELECT COUNT(*) FROM erp_posting WHERE status <> 'SENT' "
						+ "AND business_key NOT LIKE ?", tag + "%");
				long commitsBefore = postgres ? commits(jdbc) : 0;
				long scansBefore = postgres ? scans(jdbc) : 0;
				var start = Instant.now();
				while (count(jdbc, "SELECT COUNT(*) FROM erp_posting WHERE status <> 'SENT' AND business_key LIKE ?",
						tag + "%") > 0) {
					Thread.sleep(200);
				}
				var wall = Duration.between(start, Instant.now());
				var span = jdbc.sql("SELECT MIN(completed_at), MAX(completed_at) FROM erp_posting WHERE business_key LIKE ?")
					.param(tag + "%")
					.query((rs, row) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
					.single();
				report("%s: %d postings drained in %.1f s from the hub's start (first to last sent: %.1f s) = %.0f "
						+ "postings/s (%.0f/s over the sending span); ERP creations %d, duplicates %d; other unsent "
						+ "postings in the database at start: %d", name, POSTINGS, wall.toMillis() / 1000.0,
						span.toMillis() / 1000.0, POSTINGS / (wall.toMillis() / 1000.0),
						POSTINGS / Math.max(0.001, span.toMillis() / 1000.0), erp.creations(), erp.duplicates(), others);
				if (postgres) {
					report("%s: %.2f commits per posting (pg_stat_database.xact_commit, whole database, drain only); "
							+ "%d sequential scans of erp_posting", name,
							(commits(jdbc) - commitsBefore) / (double) POSTINGS, scans(jdbc) - scansBefore);
				}
			}
		}
	}

	private static void record(RecordPosting record, String tag) {
		ExecutorService recorders = Executors.newFixedThreadPool(8);
		var done = new ArrayList<CompletableFuture<Void>>();
		for (int thread = 0; thread < 8; thread++) {
			int first = thread;
			done.add(CompletableFuture.runAsync(() -> {
				for (int key = first; key < KEYS; key += 8) {
					for (int sequence = 1; sequence <= PER_KEY; sequence++) {
						TestRecorder.record(record, SamplePayloads.request(SamplePayloads.goodsReceipt("PO-" + key, sequence),
								tag + "-" + key, UUID.randomUUID().toString()));
					}
				}
			}, recorders));
		}
		CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
		recorders.shutdown();
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String profiles, ErpStub erp,
			boolean dispatch) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of(profiles, "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=20",
				"--logging.level.root=warn", "--logging.level.org.distributionhub=warn",
				"--hub.erp.dispatch.enabled=" + dispatch, "--hub.erp.purchase-orders.enabled=false",
				"--hub.erp.adapter=rest", "--hub.erp.rest.base-url=" + erp.baseUrl(),
				"--hub.erp.rest.postings.GOODS_RECEIPT.url=/receipts",
				"--hub.erp.rest.postings.GOODS_RECEIPT.body={\"reference\":\"${idempotencyKey}\",\"receipt\":${payload}}",
				"--hub.erp.rest.postings.GOODS_RECEIPT.lookup-url=/receipts?reference=${idempotencyKey}"));
		return new SpringApplicationBuilder(DistributionHubApplication.class).run(arguments.toArray(String[]::new));
	}

	private static long count(JdbcClient jdbc, String sql, String parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	private static long commits(JdbcClient jdbc) {
		return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
			.query(Long.class)
			.single();
	}

	private static long scans(JdbcClient jdbc) {
		return jdbc.sql("SELECT COALESCE(SUM(seq_scan), 0) FROM pg_stat_user_tables WHERE relname = 'erp_posting'")
			.query(Long.class)
			.single();
	}

	private static void report(String format, Object... arguments) throws IOException {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[benchmark] " + line);
		Files.writeString(REPORT, line + "\n", StandardOpenOption.APPEND);
	}

	/** An ERP that answers each creation after about 5 ms and counts creations per reference. */
	static final class ErpStub implements AutoCloseable {

		private final HttpServer server;
		private final ExecutorService threads = Executors.newFixedThreadPool(16);
		private final Map<String, AtomicInteger> byReference = new ConcurrentHashMap<>();
		private final AtomicInteger created = new AtomicInteger();

		ErpStub() throws IOException {
			// As a real ERP's web server does: without TCP_NODELAY the JDK server's separate header and body writes
			// wait for the client's delayed acknowledgement, about 40 ms a call.
			System.setProperty("sun.net.httpserver.nodelay", "true");
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
			server.setExecutor(threads);
			server.createContext("/receipts", this::handle);
			server.start();
		}

		String baseUrl() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		int creations() {
			return created.get();
		}

		int duplicates() {
			return byReference.values().stream().mapToInt(count -> Math.max(0, count.get() - 1)).sum();
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (exchange) {
				String reference = exchange.getRequestHeaders().getFirst("X-Hub-Reference");
				String body;
				if (exchange.getRequestMethod().equals("POST")) {
					exchange.getRequestBody().readAllBytes();
					Thread.sleep(ERP_MILLIS);
					byReference.computeIfAbsent(reference, it -> new AtomicInteger()).incrementAndGet();
					body = "{\"id\":\"REC-" + created.incrementAndGet() + "\"}";
				}
				else {
					body = byReference.containsKey(reference) ? "[{\"id\":\"REC-" + reference + "\"}]" : "[]";
				}
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, bytes.length);
				exchange.getResponseBody().write(bytes);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() {
			server.stop(0);
			threads.shutdownNow();
		}
	}
}

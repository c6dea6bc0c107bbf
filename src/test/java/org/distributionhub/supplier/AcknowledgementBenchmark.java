package org.distributionhub.supplier;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.platform.BenchmarkFigures;
import org.distributionhub.platform.Pgbench;
import org.distributionhub.platform.StatementCounter;
import org.distributionhub.platform.TestDatabase;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acknowledgements end to end: 16 partners post JSON acknowledgements (each cuts a line, so every one is an effective
 * change) through the real partner API with their API keys; measured from the first request until every listener
 * (inventory's expected inbound, the ERP gateway's posting) has completed. Reports acknowledgements per second,
 * p50/p99 API latency at full speed and at half that rate, PostgreSQL commits per acknowledgement, the SQL
 * statements and commits per acknowledgement counted at the hub's DataSource and the CPU time per acknowledgement
 * (hub JVM, PostgreSQL backends), next to pgbench's single-row insert rate in the same sitting. Run with {@code ./mvnw -Pbenchmarks verify}; figures go to
 * target/benchmarks/acknowledgements.txt.
 */
class AcknowledgementBenchmark {

	private static final int PARTNERS = 16;
	private static final int PER_PARTNER = Integer.getInteger("bench.acks", 250);
	/** Acknowledgements per partner before measuring, so that the JIT compiler has done its work by then. */
	private static final int WARM_UP = Integer.getInteger("bench.warmUp", 150);
	private static final Path REPORT = Path.of("target", "benchmarks", "acknowledgements.txt");

	private BenchmarkFigures report;

	@Test
	void acknowledgementThroughput() throws Exception {
		report = BenchmarkFigures.report(REPORT, "Acknowledgements end to end, " + PARTNERS + " partners x " + PER_PARTNER + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores\n");
		report.line("pgbench single-row insert (8 clients, 20 s) before: %.0f tps", Pgbench.singleRowInsertsPerSecond(20));
		run("PostgreSQL", BenchmarkFigures.postgres(), true,
				"--spring.profiles.active=test,postgres");
		if (!Boolean.getBoolean("bench.postgresOnly")) {
			run("H2 file", TestDatabase.forProcesses("ackbench"), false, "--spring.profiles.active=test");
		}
		report.line("pgbench single-row insert (8 clients, 20 s) after: %.0f tps", Pgbench.singleRowInsertsPerSecond(20));
	}

	private void run(String name, TestDatabase database, boolean postgres, String profiles) throws Exception {
		var counter = new StatementCounter();
		ExecutorService clients = Executors.newFixedThreadPool(PARTNERS, BenchmarkFigures.clientThreads());
		HttpClient http = HttpClient.newBuilder()
			.executor(Executors.newFixedThreadPool(4, BenchmarkFigures.clientThreads()))
			.build();
		try (var hub = start(database, profiles, counter)) {
			var jdbc = JdbcClient.create(counter.uncounted());
			int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
			String run = UUID.randomUUID().toString().substring(0, 6);
			List<Partner> partners = setUp(hub, run, 2 * PER_PARTNER + WARM_UP);
			BenchmarkFigures.waitForListeners(jdbc);
			measure(http, clients, port, partners, 0, WARM_UP, 0);
			BenchmarkFigures.waitForListeners(jdbc);

			long commitsBefore = postgres ? BenchmarkFigures.commits(jdbc) : 0;
			var countedBefore = counter.counts();
			var cpuBefore = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			long start = System.nanoTime();
			long[] latencies = measure(http, clients, port, partners, WARM_UP, PER_PARTNER, 0);
			BenchmarkFigures.waitForListeners(jdbc);
			double seconds = (System.nanoTime() - start) / 1e9;
			var cpuAfter = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			Long commits = postgres ? BenchmarkFigures.commits(jdbc) - commitsBefore : null;
			var counted = counter.counts().minus(countedBefore);
			int acks = PARTNERS * PER_PARTNER;
			double rate = acks / seconds;
			report.line("%s: %d acknowledgements completed (API + every listener) in %.1f s = %.0f/s; API latency p50 %.1f ms, p99 %.1f ms",
					name, acks, seconds, rate, BenchmarkFigures.percentile(latencies, 50), BenchmarkFigures.percentile(latencies, 99));
			report.perOperation(name, "acknowledgement", acks, counted, commits);
			report.cpuPerOperation(name, "acknowledgement", acks, cpuBefore, cpuAfter, postgres);
			long intervalNanos = (long) (1e9 * PARTNERS / (rate / 2));
			long[] halfRate = measure(http, clients, port, partners, WARM_UP + PER_PARTNER, PER_PARTNER, intervalNanos);
			BenchmarkFigures.waitForListeners(jdbc);
			report.line("%s: at half that rate (%.0f/s offered): API latency p50 %.1f ms, p99 %.1f ms", name, rate / 2,
					BenchmarkFigures.percentile(halfRate, 50), BenchmarkFigures.percentile(halfRate, 99));
			var floorBefore = BenchmarkFigures.Cpu.now(null);
			int probes = bareRequests(http, clients, port, acks);
			report.line("%s: the floor of request handling, %d GET /actuator/health/liveness (no body, no database) in the"
					+ " same hub: hub JVM %.2f ms each", name, probes,
					BenchmarkFigures.Cpu.now(null).jvmMillisSince(floorBefore) / probes);
		}
		finally {
			clients.shutdown();
		}
	}

	/**
	 * {@code count} liveness probes from as many clients as there are partners: what Tomcat, the security filter
	 * chains, Spring MVC and the request's observation cost without any work of the hub's own.
	 */
	private static int bareRequests(HttpClient http, ExecutorService clients, int port, int count) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness")).build();
		var sends = new ArrayList<CompletableFuture<Void>>();
		for (int p = 0; p < PARTNERS; p++) {
			sends.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < count / PARTNERS; i++) {
					try {
						var response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(response.statusCode() + " " + response.body());
						}
					}
					catch (IOException | InterruptedException e) {
						throw new IllegalStateException(e);
					}
				}
			}, clients));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		return count / PARTNERS * PARTNERS;
	}

	/** Each partner posts one acknowledgement per purchase order, {@code count} of them from {@code first} on. */
	private static long[] measure(HttpClient http, ExecutorService clients, int port, List<Partner> partners,
			int first, int count, long intervalNanos) throws Exception {
		long[] latencies = new long[partners.size() * count];
		var sends = new ArrayList<CompletableFuture<Void>>();
		for (int p = 0; p < partners.size(); p++) {
			Partner partner = partners.get(p);
			int offset = p * count;
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
							{"acknowledgementId": "A-%s", "purchaseOrderNumber": "%s", "acknowledgedAt": "2026-11-27T12:00:00Z",
							 "items": [{"lineNumber": "1", "buyerProductIdentifier": "SKU-BENCH", "acknowledgements": [
							   {"code": "QuantityChanged", "quantity": {"amount": 60, "unitOfMeasure": "EA"},
							    "scheduledDeliveryDate": "2026-12-15"}]}]}""".formatted(first + i, partner.po(first + i));
					long sent = System.nanoTime();
					try {
						var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
								+ "/api/v1/suppliers/" + partner.id() + "/acknowledgements"))
							.header("Content-Type", "application/json")
							.header("X-Api-Key", partner.key())
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 202 || !response.body().contains("\"APPLIED\"")) {
							throw new IllegalStateException(response.statusCode() + " " + response.body());
						}
					}
					catch (IOException | InterruptedException e) {
						throw new IllegalStateException(e);
					}
					latencies[offset + i] = System.nanoTime() - sent;
				}
			}, clients));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		return latencies;
	}

	private static List<Partner> setUp(ConfigurableApplicationContext hub, String run, int orders) throws Exception {
		var suppliers = hub.getBean(ManageSuppliers.class);
		var keys = hub.getBean(ManageApiKeys.class);
		var issue = hub.getBean(IssuePurchaseOrder.class);
		List<Partner> partners = new ArrayList<>();
		for (int p = 0; p < PARTNERS; p++) {
			String id = "bench-" + run + "-" + p;
			suppliers.save(new ManageSuppliers.SaveSupplierCommand(id, new SupplierProfileData(id, "Bench " + p,
					List.of("API"), "CSV", null, null, "48h", "CANCEL", Map.of(), true), "bench", "benchmark"));
			partners.add(new Partner(id, keys.issue(new ManageApiKeys.IssueApiKeyCommand(id, "bench", "bench")).apiKey()));
		}
		ExecutorService workers = Executors.newFixedThreadPool(8);
		var issued = new ArrayList<CompletableFuture<Void>>();
		for (Partner partner : partners) {
			issued.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < orders; i++) {
					issue.issue(new IssuePurchaseOrderCommand(partner.id(), partner.po(i), 0, LocalDate.of(2026, 11, 27),
							"DC-1", null, List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-BENCH",
									new BigDecimal(100), "EA", null, LocalDate.of(2026, 12, 10)))));
				}
			}, workers));
		}
		CompletableFuture.allOf(issued.toArray(CompletableFuture[]::new)).join();
		workers.shutdown();
		return partners;
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String profiles, StatementCounter counter) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of(profiles, "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=30",
				"--spring.datasource.hikari.minimum-idle=30", "--hub.supplier.requests-per-second=100000", "--hub.erp.dispatch.enabled=false",
				"--logging.level.root=warn", "--logging.level.org.distributionhub=warn"));
		arguments.addAll(BenchmarkFigures.shippedRetrySchedule());
		return new SpringApplicationBuilder(DistributionHubApplication.class).initializers(counter)
			.run(arguments.toArray(String[]::new));
	}

	/** A benchmark partner: its id and API key; its purchase orders are numbered. */
	record Partner(String id, String key) {

		String po(int number) {
			return id + "-" + number;
		}
	}
}

package org.distributionhub.supplier;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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
import org.distributionhub.supplier.partners.ports.in.ItemRow;
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
 * Supplier invoices end to end: X12 suppliers post 810 invoices of 50 lines through the partner API, each for a
 * purchase order whose goods the warehouse has received; measured from the first request until every invoice is
 * matched and its vendor bill posted to the ERP (the file ERP adapter). Reports invoices per second, PostgreSQL
 * commits per invoice, the SQL statements and commits per invoice at the hub's DataSource and the CPU time per
 * invoice, next to pgbench's single-row insert rate in the same sitting. Run with
 * {@code ./mvnw -Pbenchmarks verify -Dit.test=InvoiceBenchmark}; figures go to target/benchmarks/invoices.txt.
 */
class InvoiceBenchmark {

	private static final int PARTNERS = 4;
	private static final int LINES = 50;
	private static final int PER_PARTNER = Integer.getInteger("bench.invoices", 25);
	private static final Path REPORT = Path.of("target", "benchmarks", "invoices.txt");

	private BenchmarkFigures report;

	@Test
	void invoiceThroughput() throws Exception {
		report = BenchmarkFigures.report(REPORT, "Supplier invoices of " + LINES + " lines end to end (810 in, vendor bill out), "
				+ PARTNERS + " partners x " + PER_PARTNER + ", " + Runtime.getRuntime().availableProcessors() + " cores\n");
		report.line("pgbench single-row insert (8 clients, 20 s) before: %.0f tps", Pgbench.singleRowInsertsPerSecond(20));
		run("PostgreSQL", BenchmarkFigures.postgres(), true, "--spring.profiles.active=test,postgres");
		if (!Boolean.getBoolean("bench.postgresOnly")) {
			run("H2 file", TestDatabase.forProcesses("invoicebench"), false, "--spring.profiles.active=test");
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
			String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
			List<Partner> partners = setUp(hub, run);
			receiveEverything(http, port, partners);
			BenchmarkFigures.waitForListeners(jdbc);
			waitForPostings(jdbc, "GOODS_RECEIPT", run, partners.size() * PER_PARTNER);

			long commitsBefore = postgres ? BenchmarkFigures.commits(jdbc) : 0;
			var countedBefore = counter.counts();
			var cpuBefore = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			long start = System.nanoTime();
			long[] latencies = invoice(http, clients, port, partners);
			BenchmarkFigures.waitForListeners(jdbc);
			waitForPostings(jdbc, "VENDOR_BILL", run, partners.size() * PER_PARTNER);
			double seconds = (System.nanoTime() - start) / 1e9;
			var cpuAfter = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			Long commits = postgres ? BenchmarkFigures.commits(jdbc) - commitsBefore : null;
			var counted = counter.counts().minus(countedBefore);
			int invoices = PARTNERS * PER_PARTNER;
			long matched = jdbc.sql("SELECT COUNT(*) FROM supplier_invoice WHERE status = 'MATCHED' AND invoice_number LIKE ?")
				.param("INV-" + run + "-%").query(Long.class).single();
			if (matched != invoices) {
				throw new IllegalStateException(matched + " of " + invoices + " invoices matched");
			}
			report.line("%s: %d invoices of %d lines matched and billed in the ERP in %.1f s = %.1f invoices/s (%.0f lines/s); API latency p50 %.1f ms, p99 %.1f ms",
					name, invoices, LINES, seconds, invoices / seconds, invoices * LINES / seconds,
					BenchmarkFigures.percentile(latencies, 50), BenchmarkFigures.percentile(latencies, 99));
			report.perOperation(name, "invoice", invoices, counted, commits);
			report.cpuPerOperation(name, "invoice", invoices, cpuBefore, cpuAfter, postgres);
		}
		finally {
			clients.shutdown();
		}
	}

	/** Each partner posts its invoices one after another, the partners side by side. */
	private static long[] invoice(HttpClient http, ExecutorService clients, int port, List<Partner> partners) {
		long[] latencies = new long[partners.size() * PER_PARTNER];
		var sends = new ArrayList<CompletableFuture<Void>>();
		for (int p = 0; p < partners.size(); p++) {
			Partner partner = partners.get(p);
			int offset = p * PER_PARTNER;
			sends.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < PER_PARTNER; i++) {
					long sent = System.nanoTime();
					var response = send(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
							+ "/api/v1/suppliers/" + partner.id() + "/edi"))
						.header("Content-Type", "application/edi-x12")
						.header("X-Api-Key", partner.key())
						.POST(HttpRequest.BodyPublishers.ofString(partner.invoice(i, 1000 + i))));
					if (response.statusCode() != 202) {
						throw new IllegalStateException(response.statusCode() + " " + response.body());
					}
					latencies[offset + i] = System.nanoTime() - sent;
				}
			}, clients));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		return latencies;
	}

	/** The warehouse receives every purchase order in full, one receipt each. */
	private static void receiveEverything(HttpClient http, int port, List<Partner> partners) {
		String operator = "Basic " + Base64.getEncoder()
			.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8));
		for (Partner partner : partners) {
			for (int i = 0; i < PER_PARTNER; i++) {
				StringBuilder lines = new StringBuilder();
				for (int line = 1; line <= LINES; line++) {
					lines.append(line == 1 ? "" : ",").append("""
							{"poLineNumber": "%d", "sku": "%s", "quantity": 10, "unit": "EA"}""".formatted(line, sku(partner.run(), line)));
				}
				var response = send(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/warehouse/events"))
					.header("Content-Type", "application/json")
					.header("Authorization", operator)
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"eventId": "GR-%s", "type": "GOODS_RECEIVED", "warehouse": "MAIN", "poNumber": "%s", "lines": [%s]}"""
						.formatted(partner.po(i), partner.po(i), lines))));
				if (response.statusCode() != 202) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
			}
		}
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void waitForPostings(JdbcClient jdbc, String type, String run, int count) throws InterruptedException {
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (jdbc.sql("SELECT COUNT(*) FROM erp_posting WHERE posting_type = ? AND status = 'SENT' AND business_key LIKE ?")
			.params(type, "PO:" + "PO-" + run + "-%").query(Long.class).single() < count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not every " + type + " posting was sent within 10 minutes");
			}
			Thread.sleep(100);
		}
	}

	private static String sku(String run, int line) {
		return "SKU-" + run + "-" + line;
	}

	private static List<Partner> setUp(ConfigurableApplicationContext hub, String run) throws Exception {
		var suppliers = hub.getBean(ManageSuppliers.class);
		var keys = hub.getBean(ManageApiKeys.class);
		var issue = hub.getBean(IssuePurchaseOrder.class);
		List<Partner> partners = new ArrayList<>();
		for (int p = 0; p < PARTNERS; p++) {
			String id = "invbench-" + run.toLowerCase() + "-" + p;
			String ediId = ("IB" + run + p);
			suppliers.save(new ManageSuppliers.SaveSupplierCommand(id, new SupplierProfileData(id, "Invoice bench " + p,
					List.of("X12"), "X12", new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h",
					"CANCEL", Map.of(), true), "bench", "benchmark"));
			for (int line = 1; line <= LINES; line++) {
				suppliers.saveItem(new ManageSuppliers.SaveItemCommand(id,
						new ItemRow(0, "VP-" + line, sku(run, line), null, "EA", "EA", "1"), "bench"));
			}
			partners.add(new Partner(id, ediId, run, p, keys.issue(new ManageApiKeys.IssueApiKeyCommand(id, "bench", "bench")).apiKey()));
		}
		for (Partner partner : partners) {
			for (int i = 0; i < PER_PARTNER; i++) {
				List<IssuePurchaseOrderCommand.Line> lines = new ArrayList<>();
				for (int line = 1; line <= LINES; line++) {
					lines.add(new IssuePurchaseOrderCommand.Line(String.valueOf(line), sku(run, line), new BigDecimal(10),
							"EA", new BigDecimal("2.50"), LocalDate.of(2026, 12, 10)));
				}
				issue.issue(new IssuePurchaseOrderCommand(partner.id(), partner.po(i), 0, LocalDate.of(2026, 11, 27),
						"MAIN", "EUR", lines));
			}
		}
		return partners;
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String profiles, StatementCounter counter) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of(profiles, "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=30",
				"--spring.datasource.hikari.minimum-idle=30", "--hub.supplier.requests-per-second=100000",
				"--logging.level.root=warn", "--logging.level.org.distributionhub=warn"));
		arguments.addAll(BenchmarkFigures.shippedRetrySchedule());
		return new SpringApplicationBuilder(DistributionHubApplication.class).initializers(counter)
			.run(arguments.toArray(String[]::new));
	}

	/** A benchmark supplier: its id, EDI id and API key; its purchase orders are numbered within the run. */
	record Partner(String id, String ediId, String run, int index, String key) {

		String po(int number) {
			return "PO-" + run + "-" + index + "-" + number;
		}

		/** An 810 billing every line of the purchase order at its price. */
		String invoice(int number, int control) {
			var x810 = X12Builder.from(ediId).control(control).set("IN", "810")
				.segment("BIG*20261205*INV-" + run + "-" + index + "-" + number + "**" + po(number) + "***DI")
				.segment("CUR*SE*EUR");
			for (int line = 1; line <= LINES; line++) {
				x810.segment("IT1*" + line + "*10*EA*2.50**VP*VP-" + line);
			}
			return x810.segment("TDS*" + (LINES * 2500)).segment("CTT*" + LINES).build();
		}
	}
}

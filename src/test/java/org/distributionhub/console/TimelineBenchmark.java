package org.distributionhub.console;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.PlaceOrder;
import org.distributionhub.platform.BenchmarkFigures;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline and the incidents list at scale on PostgreSQL: a database of its own is seeded with 10,000 purchase
 * orders, 100,000 customer orders and about 1,000,000 archived event publications (see {@link TimelineSeed}), 1,000 of
 * the POs overdue with 10,000 backordered orders and the postings of 300 other POs parked, then the hub is started on it and
 * one client measures p50/p95/p99 over real HTTP of each URL in {@code bench.urls} (comma-separated; {@code {po}},
 * {@code {order}} and {@code {flow}} stand for a random PO number, order id or correlation id of the seeded ones). A URL
 * this build does not serve is reported as 404. Run with
 * {@code ./mvnw -Pbenchmarks verify -Dit.test=TimelineBenchmark} (PostgreSQL next to HUB_TEST_DB_URL, database
 * {@code bench.database}, default timeline_bench; {@code -Dbench.reuse=true} keeps an already seeded one); figures go to
 * target/benchmarks/timeline.txt.
 */
class TimelineBenchmark {

	static final String DEFAULT_URLS = "/api/v1/timeline?key={po},/api/v1/timeline?key={order},"
			+ "/api/v1/timeline?key={flow},/api/v1/operations/incidents";

	private static final int WARM_UP = 30;
	private static final String AUDITOR = "Basic " + Base64.getEncoder()
		.encodeToString("auditor:auditor-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	@Test
	void timelinesWithAMillionArchivedPublications() throws Exception {
		String testUrl = System.getenv().getOrDefault("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		String database = System.getProperty("bench.database", "timeline_bench");
		boolean reuse = Boolean.getBoolean("bench.reuse");
		int requests = Integer.getInteger("bench.requests", 200);
		List<String> urls = Arrays.stream(System.getProperty("bench.urls", DEFAULT_URLS).split(","))
			.map(String::strip).filter(url -> !url.isEmpty()).toList();
		String url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + database;
		if (!reuse) {
			recreate(testUrl, database);
		}
		var report = BenchmarkFigures.report(Path.of("target", "benchmarks", "timeline.txt"), "Timeline at scale on "
				+ "PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now());
		try (var hub = start(url)) {
			var jdbc = hub.getBean(JdbcClient.class);
			var seed = new TimelineSeed(jdbc);
			if (!reuse || seed.purchaseOrders() == 0) {
				templates(hub);
				var started = Instant.now();
				seed.clone(10_000, 100_000, 1_000_000);
				seed.trouble(1_000, 10_000, 300);
				report.line("seeded in %.0f s", Duration.between(started, Instant.now()).toMillis() / 1000.0);
			}
			report.line("database: %,d archived publications, %,d publication keys, %,d purchase orders, "
					+ "%,d customer orders, %,d partner messages, %,d ERP postings", seed.count("event_publication_archive"),
					seed.count("publication_key"), seed.purchaseOrders(), seed.count("customer_order"),
					seed.count("inbound_message"), seed.count("erp_posting"));
			int port = Integer.parseInt(hub.getEnvironment().getProperty("local.server.port"));
			long scans = seed.sequentialScans();
			for (String template : urls) {
				measure(report, port, template, requests, seed);
			}
			report.line("sequential scans of publication_key and event_publication_archive while measuring: %d",
					seed.sequentialScans() - scans);
		}
	}

	private static void measure(BenchmarkFigures report, int port, String template, int requests, TimelineSeed seed)
			throws Exception {
		var http = HttpClient.newHttpClient();
		var random = new Random(42);
		long[] nanos = new long[requests];
		var statuses = new LinkedHashMap<Integer, Integer>();
		long bytes = 0;
		String last = "";
		for (int i = -WARM_UP; i < requests; i++) {
			String path = template.replace("{po}", TimelineSeed.poNumber(1 + random.nextInt(10_000)))
				.replace("{order}", TimelineSeed.orderId(1 + random.nextInt(100_000)))
				.replace("{flow}", random.nextBoolean() ? TimelineSeed.poFlow(1 + random.nextInt(10_000))
						: TimelineSeed.orderFlow(1 + random.nextInt(100_000)));
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", AUDITOR)
				.GET()
				.build();
			long start = System.nanoTime();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (i >= 0) {
				nanos[i] = took;
				statuses.merge(response.statusCode(), 1, Integer::sum);
				bytes += response.body().length();
				last = response.body();
			}
			if (i == -WARM_UP && response.statusCode() / 100 != 2) {
				report.line("%s: %d at the first request: not served by this build (a staff path no module declares "
						+ "answers 401 to a signed-in user, an unknown one 404), not measured", template,
						response.statusCode());
				return;
			}
		}
		report.line("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d requests (after %d warm-up), statuses %s, "
				+ "%.0f characters and %d entries per answer", template, BenchmarkFigures.percentile(nanos, 50),
				BenchmarkFigures.percentile(nanos, 95), BenchmarkFigures.percentile(nanos, 99), requests, WARM_UP,
				statuses, bytes / (double) requests, last.split("\"kind\"", -1).length - 1);
	}

	/** One purchase order answered by an 855, and one customer order, as the hub records them: what is cloned. */
	private static void templates(ConfigurableApplicationContext hub) throws InterruptedException {
		hub.getBean(ManageSuppliers.class).save(new ManageSuppliers.SaveSupplierCommand(TimelineSeed.SUPPLIER,
				new SupplierProfileData(TimelineSeed.SUPPLIER, "Benchmark supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", "BENCHSUP", "BENCHSUP"), null, "48h", "CANCEL",
						Map.of(), true),
				"bench", "benchmark"));
		hub.getBean(ManageSuppliers.class).saveItem(new ManageSuppliers.SaveItemCommand(TimelineSeed.SUPPLIER,
				new ItemRow(0, "VP-TPL", TimelineSeed.TEMPLATE_SKU, null, "EA", "EA", "1"), "bench"));
		Correlation.runWith(new CorrelationId(TimelineSeed.TEMPLATE_PO_FLOW), () -> hub.getBean(IssuePurchaseOrder.class)
			.issue(new IssuePurchaseOrderCommand(TimelineSeed.SUPPLIER, TimelineSeed.TEMPLATE_PO, 0,
					LocalDate.of(2026, 12, 1), "MAIN", null, List.of(new IssuePurchaseOrderCommand.Line("1",
							TimelineSeed.TEMPLATE_SKU, new BigDecimal(100), "EA", null, LocalDate.of(2026, 12, 20))))));
		Correlation.runWith(new CorrelationId(TimelineSeed.TEMPLATE_PO_FLOW), () -> hub.getBean(ReceivePartnerMessage.class)
			.receive(new ReceiveMessageCommand(TimelineSeed.SUPPLIER, Channel.X12, "API", "application/edi-x12", null,
					X12Builder.from("BENCHSUP").control(1)
						.segment("BAK*00*AC*" + TimelineSeed.TEMPLATE_PO + "*20261201*****20261201")
						.segment("PO1*1*100*EA***VP*VP-TPL")
						.segment("ACK*IQ*60*EA*068*20261224")
						.build()
						.getBytes(StandardCharsets.UTF_8),
					null)));
		Correlation.runWith(new CorrelationId(TimelineSeed.TEMPLATE_ORDER_FLOW), () -> hub.getBean(PlaceOrder.class)
			.place(new OrderCommand("web", TimelineSeed.TEMPLATE_ORDER.substring(4), "CUST-1", "MAIN", null,
					List.of(new OrderCommand.Line(1, TimelineSeed.TEMPLATE_SKU, BigDecimal.valueOf(3), "EA",
							new BigDecimal("12.50"), "EUR")))));
		var jdbc = hub.getBean(JdbcClient.class);
		for (int i = 0; i < 600 && jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() > 0; i++) {
			Thread.sleep(100);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		var arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + System.getenv().getOrDefault("HUB_TEST_DB_USER", "postgres"),
				"--spring.datasource.password=" + System.getenv().getOrDefault("HUB_TEST_DB_PASSWORD", ""),
				"--spring.profiles.active=test,postgres", "--server.port=0", "--logging.level.root=warn",
				"--logging.level.org.distributionhub=warn", "--hub.erp.purchase-orders.enabled=false"));
		return new SpringApplicationBuilder(DistributionHubApplication.class).run(arguments.toArray(String[]::new));
	}

	private static void recreate(String testUrl, String database) throws Exception {
		try (var connection = DriverManager.getConnection(testUrl,
				System.getenv().getOrDefault("HUB_TEST_DB_USER", "postgres"),
				System.getenv().getOrDefault("HUB_TEST_DB_PASSWORD", ""));
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database);
		}
	}
}

package org.distributionhub.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throughput of the event backbone alone: 8 producer threads each send probes (one row and one event per
 * transaction), one listener in another module applies them (one row). Events completed per second on H2 and on
 * PostgreSQL, PostgreSQL commits and CPU time (JVM, PostgreSQL backends) per event, and pgbench's single-row insert rate on the same PostgreSQL in the same
 * sitting. Run with {@code ./mvnw -Pbenchmarks verify}; figures go to target/benchmarks/backbone.txt.
 */
class BackboneBenchmark {

	private static final int PRODUCERS = 8;
	private static final int EVENTS = Integer.getInteger("bench.events", 20_000);
	private static final int WARMUP = 1_000;
	private static final Path REPORT = Path.of("target", "benchmarks", "backbone.txt");

	@Test
	void backboneThroughput() throws Exception {
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, "Event backbone, " + EVENTS + " events, " + PRODUCERS + " producers, "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now() + "\n");
		var pg = BenchmarkFigures.postgres();
		double pgbenchBefore = Pgbench.singleRowInsertsPerSecond(20);
		report("pgbench single-row insert (8 clients, 20 s) before: %.0f tps", pgbenchBefore);
		// As in production: the postgres profile's custom plans, and a pool of 20 for 8 producers and 8 listeners.
		run("PostgreSQL", pg, true, "--spring.profiles.active=test,postgres");
		run("H2 file", TestDatabase.forProcesses("bench"), false, "--spring.profiles.active=test");
		double pgbenchAfter = Pgbench.singleRowInsertsPerSecond(20);
		report("pgbench single-row insert (8 clients, 20 s) after: %.0f tps", pgbenchAfter);
	}

	private void run(String name, TestDatabase database, boolean postgres, String profiles) throws Exception {
		try (var hub = start(database, profiles)) {
			var sender = hub.getBean(ProbeSender.class);
			var jdbc = hub.getBean(JdbcClient.class);
			measure(sender, jdbc, "warmup-" + UUID.randomUUID(), WARMUP);
			long commitsBefore = postgres ? BenchmarkFigures.commits(jdbc) : 0;
			long scansBefore = postgres ? sequentialScans(jdbc) : 0;
			var cpuBefore = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			Duration elapsed = measure(sender, jdbc, "bench-" + UUID.randomUUID(), EVENTS);
			var cpuAfter = BenchmarkFigures.Cpu.now(postgres ? jdbc : null);
			double perSecond = EVENTS / (elapsed.toMillis() / 1000.0);
			report("%s: %d events completed in %.1f s = %.0f events/s", name, EVENTS, elapsed.toMillis() / 1000.0,
					perSecond);
			if (postgres) {
				double commits = (BenchmarkFigures.commits(jdbc) - commitsBefore) / (double) EVENTS;
				report("%s: %.2f commits per event (pg_stat_database.xact_commit, whole database); "
						+ "%d sequential scans of event tables", name, commits, sequentialScans(jdbc) - scansBefore);
			}
			report("%s: CPU per event: JVM (producers included) %.2f ms%s", name, cpuAfter.jvmMillisSince(cpuBefore) / EVENTS,
					postgres ? String.format(Locale.ROOT, ", PostgreSQL backends %.2f ms",
							cpuAfter.postgresMillisSince(cpuBefore) / EVENTS) : "");
		}
	}

	private static Duration measure(ProbeSender sender, JdbcClient jdbc, String tag, int events) throws Exception {
		ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
		var start = Instant.now();
		var sends = new ArrayList<CompletableFuture<Void>>();
		for (int p = 0; p < PRODUCERS; p++) {
			int producer = p;
			sends.add(CompletableFuture.runAsync(() -> {
				for (int i = producer; i < events; i += PRODUCERS) {
					sender.send(tag + "-" + i, 0);
				}
			}, producers));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		producers.shutdown();
		while (count(jdbc, "SELECT COUNT(*) FROM probe_received WHERE payload LIKE ?", tag + "-%") < events
				|| count(jdbc, "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?",
						"%" + tag + "-%") > 0) {
			// Each look scans the probe tables; looking too often would slow down what is measured.
			Thread.sleep(500);
		}
		return Duration.between(start, Instant.now());
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String profiles) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of(profiles, "--server.port=0", "--spring.datasource.hikari.maximum-pool-size=20",
				"--spring.datasource.hikari.minimum-idle=20",
				"--logging.level.root=warn", "--logging.level.org.distributionhub=warn"));
		arguments.addAll(BenchmarkFigures.shippedRetrySchedule());
		return new SpringApplicationBuilder(DistributionHubApplication.class).run(arguments.toArray(String[]::new));
	}

	private static long sequentialScans(JdbcClient jdbc) {
		return jdbc.sql("SELECT COALESCE(SUM(seq_scan), 0) FROM pg_stat_user_tables WHERE relname LIKE 'event_%'")
			.query(Long.class)
			.single();
	}

	private static long count(JdbcClient jdbc, String sql, String parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	private static void report(String format, Object... arguments) throws IOException {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[benchmark] " + line);
		Files.writeString(REPORT, line + "\n", StandardOpenOption.APPEND);
	}
}

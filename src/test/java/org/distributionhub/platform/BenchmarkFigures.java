package org.distributionhub.platform;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the end-to-end benchmarks share: a report file each line of which is also printed, latency percentiles,
 * PostgreSQL's commit counter, statements and commits per operation, CPU time per operation, waiting until every
 * listener has completed, and pacing a client.
 */
public final class BenchmarkFigures {

	/** Threads of the benchmark's own clients are named with this prefix, so their CPU time is not the hub's. */
	public static final String CLIENT_THREADS = "bench-client-";

	private final Path report;

	private BenchmarkFigures(Path report) {
		this.report = report;
	}

	/** Starts the report with its title line. */
	public static BenchmarkFigures report(Path report, String title) throws IOException {
		Files.createDirectories(report.getParent());
		Files.writeString(report, title.stripTrailing() + "\n");
		return new BenchmarkFigures(report);
	}

	public void line(String format, Object... arguments) throws IOException {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[benchmark] " + line);
		Files.writeString(report, line + "\n", StandardOpenOption.APPEND);
	}

	/** The given percentile of latencies in nanoseconds, in milliseconds. */
	public static double percentile(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/**
	 * The line of what one operation cost the database: on PostgreSQL the commits of the whole database (the
	 * benchmark's own polling included), then the SQL statements by kind and the commits the hub sent through its
	 * DataSource.
	 */
	public void perOperation(String name, String operation, int operations, StatementCounter.Counts hub,
			@Nullable Long databaseCommits) throws IOException {
		double n = operations;
		String database = databaseCommits == null ? ""
				: String.format(Locale.ROOT, "%.2f commits per %s (pg_stat_database.xact_commit, whole database), ",
						databaseCommits / n, operation);
		line("%s: %s%.2f SQL statements per %s (%.2f select, %.2f insert, %.2f update, %.2f delete, %.2f other) and %.2f commits, counted at the hub's DataSource",
				name, database, hub.statements() / n, operation, hub.selects() / n, hub.inserts() / n, hub.updates() / n,
				hub.deletes() / n, hub.others() / n, hub.commits() / n);
	}

	/**
	 * Transactions committed in the current PostgreSQL database so far, read once every session has reported what it
	 * committed: PostgreSQL 15 sessions report their counts to pg_stat_database at most once a second, and an idle
	 * session up to 10 seconds late.
	 */
	public static long commits(JdbcClient jdbc) throws InterruptedException {
		Thread.sleep(11_000);
		return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
			.query(Long.class)
			.single();
	}

	/** Waits until no event publication is left incomplete: every listener has done its work. */
	public static void waitForListeners(JdbcClient jdbc) throws InterruptedException {
		while (jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
			.single() > 0) {
			Thread.sleep(100);
		}
	}

	/**
	 * The PostgreSQL database the benchmarks run on: {@code HUB_TEST_DB_URL} (user {@code HUB_TEST_DB_USER}), by
	 * default the local test database.
	 */
	public static TestDatabase postgres() {
		return new TestDatabase(env("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
				env("HUB_TEST_DB_USER", "postgres"), env("HUB_TEST_DB_PASSWORD", ""));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/**
	 * The delivery retry schedule the jar ships with (application.yml, hub.events.retry), over the test profile's
	 * quick one: the retry poller's reads every 250 ms would be counted as part of every operation's cost.
	 */
	public static List<String> shippedRetrySchedule() {
		return List.of("--hub.events.retry.poll-interval=5s", "--hub.events.retry.initial-backoff=5s",
				"--hub.events.retry.max-backoff=10m", "--hub.events.retry.max-attempts=5", "--hub.events.retry.jitter=0.2");
	}

	/** Names the threads of a benchmark client pool so that {@link Cpu} leaves their time out of the hub's. */
	public static ThreadFactory clientThreads() {
		var count = new AtomicInteger();
		return runnable -> {
			var thread = new Thread(runnable, CLIENT_THREADS + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * CPU time spent so far: by this JVM without the benchmark's client threads (named {@link #CLIENT_THREADS} or
	 * the HTTP client's own), and by the PostgreSQL backends serving the hub's connections (from /proc, when
	 * PostgreSQL runs on this machine; background processes such as the WAL writer are not included).
	 */
	public record Cpu(long jvmNanos, Map<Long, Long> clientThreadNanos, Map<Integer, Long> backendTicks) {

		/** Now; the PostgreSQL backends are read through {@code postgres}, none when it is null (H2). */
		public static Cpu now(@Nullable JdbcClient postgres) {
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			var threads = ManagementFactory.getThreadMXBean();
			var clients = new HashMap<Long, Long>();
			for (var info : threads.dumpAllThreads(false, false)) {
				if (info.getThreadName().startsWith(CLIENT_THREADS) || info.getThreadName().startsWith("HttpClient-")) {
					long nanos = threads.getThreadCpuTime(info.getThreadId());
					if (nanos >= 0) {
						clients.put(info.getThreadId(), nanos);
					}
				}
			}
			var backends = new HashMap<Integer, Long>();
			List<Integer> pids = postgres == null ? List.of()
					: postgres.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
						.query(Integer.class)
						.list();
			for (int pid : pids) {
				Long ticks = ticks(pid);
				if (ticks != null) {
					backends.put(pid, ticks);
				}
			}
			return new Cpu(os.getProcessCpuTime(), clients, backends);
		}

		/** utime + stime of a process in clock ticks, or null when /proc does not show it. */
		private static @Nullable Long ticks(int pid) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException | RuntimeException e) {
				return null;
			}
		}

		/** The hub's JVM CPU milliseconds since {@code before}, the client threads' time left out. */
		public double jvmMillisSince(Cpu before) {
			long clients = 0;
			for (var entry : clientThreadNanos.entrySet()) {
				clients += entry.getValue() - before.clientThreadNanos.getOrDefault(entry.getKey(), 0L);
			}
			return (jvmNanos - before.jvmNanos - clients) / 1e6;
		}

		/** CPU milliseconds of the PostgreSQL backends since {@code before} (a clock tick is 10 ms on Linux). */
		public double postgresMillisSince(Cpu before) {
			long ticks = 0;
			for (var entry : backendTicks.entrySet()) {
				ticks += entry.getValue() - before.backendTicks.getOrDefault(entry.getKey(), 0L);
			}
			return ticks * 10.0;
		}
	}

	/** The line of CPU time per operation: the hub's JVM and, when it can be read, the PostgreSQL backends. */
	public void cpuPerOperation(String name, String operation, int operations, Cpu before, Cpu after,
			boolean postgres) throws IOException {
		String database = postgres && !after.backendTicks().isEmpty()
				? String.format(Locale.ROOT, ", PostgreSQL backends %.2f ms", after.postgresMillisSince(before) / operations)
				: "";
		line("%s: CPU per %s: hub JVM %.2f ms%s", name, operation, after.jvmMillisSince(before) / operations, database);
	}

	/** Paces a client: sleeps for the given nanoseconds. */
	public static void pause(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

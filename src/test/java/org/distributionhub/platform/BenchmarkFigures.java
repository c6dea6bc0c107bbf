package org.distributionhub.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the end-to-end benchmarks share: a report file each line of which is also printed, latency percentiles,
 * PostgreSQL's commit counter, statements and commits per operation, waiting until every listener has completed, and
 * pacing a client.
 */
public final class BenchmarkFigures {

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

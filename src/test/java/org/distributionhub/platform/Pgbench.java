package org.distributionhub.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * pgbench against the benchmark's PostgreSQL database ({@link BenchmarkFigures#postgres()}): a transaction of one
 * single-row insert, 8 clients on 2 threads.
 */
public final class Pgbench {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

	private Pgbench() {
	}

	public static double singleRowInsertsPerSecond(int seconds) throws IOException, InterruptedException {
		psql("CREATE TABLE IF NOT EXISTS bench_single_insert (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
		Path script = Files.createTempFile(Path.of("target"), "pgbench-", ".sql");
		Files.writeString(script, "INSERT INTO bench_single_insert (payload) VALUES ('x');\n");
		String output = run(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", "8", "-j", "2", "-T",
				String.valueOf(seconds), "-f", script.toString(), database()));
		psql("TRUNCATE bench_single_insert");
		var matcher = TPS.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("pgbench printed no tps:\n" + output);
		}
		return Double.parseDouble(matcher.group(1));
	}

	private static void psql(String sql) throws IOException, InterruptedException {
		run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database(), "-v", "ON_ERROR_STOP=1", "-q", "-c",
				sql));
	}

	private static String database() {
		String url = BenchmarkFigures.postgres().url();
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		return base.substring(base.lastIndexOf('/') + 1);
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}
}

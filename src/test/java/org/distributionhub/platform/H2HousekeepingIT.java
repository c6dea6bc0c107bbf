package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The embedded database as an operator runs it: a hub on an H2 file with the default URL's housekeeping settings
 * (DB_CLOSE_ON_EXIT=FALSE, MAX_COMPACT_TIME) takes a burst of events, is stopped with SIGTERM and logs no "Database
 * is already closed": the pool closes the database, which compacts its file. The file's size after the run is
 * printed beside that of the same run on the URL without the settings, as a measurement.
 */
class H2HousekeepingIT {

	private static final Duration START = Duration.ofMinutes(3);

	private static final String BASE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

	private static final String HOUSEKEEPING = ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=5000";

	@Test
	void aStoppedHubClosesItsDatabaseCleanlyAndCompactsIt() throws Exception {
		long withSettings = run("h2-housekeeping", BASE + HOUSEKEEPING, true);
		long without = run("h2-plain", BASE, false);
		System.out.printf("H2 file after 2,000 events and a SIGTERM: %,d bytes with %s, %,d bytes without%n",
				withSettings, HOUSEKEEPING, without);
	}

	private static long run(String name, String settings, boolean mustCloseCleanly) throws Exception {
		String tag = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		Path file = Path.of("target", "h2", tag).toAbsolutePath();
		Path log = Path.of("target", "h2-housekeeping", tag + ".log");
		List<String> arguments = List.of("--spring.datasource.url=jdbc:h2:file:" + file + ";" + settings,
				"--spring.datasource.username=hub", "--spring.datasource.password=", "--spring.profiles.active=test",
				"--server.port=0", "--hub.probe.tag=" + tag, "--hub.probe.burst=2000",
				"--hub.probe.report-drained=true");
		try (var hub = HubProcess.start(log, arguments)) {
			hub.awaitLine("probe-drained", START);
			hub.stop();
			long closedEarly = hub.countLines("Database is already closed");
			System.out.printf("%s: %d lines 'Database is already closed'%n", name, closedEarly);
			if (mustCloseCleanly) {
				assertThat(closedEarly).as("see %s", log).isZero();
			}
		}
		return Files.size(Path.of(file + ".mv.db"));
	}
}

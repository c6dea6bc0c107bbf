package org.distributionhub.platform;

import java.util.List;
import java.util.UUID;

/**
 * The database a test shares between several hubs (processes or contexts): the test PostgreSQL when the run is on
 * PostgreSQL (profile testpg), otherwise a fresh H2 file under target/.
 */
public record TestDatabase(String url, String user, String password) {

	public static TestDatabase forProcesses(String name) {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("testpg")) {
			return new TestDatabase(env("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
					env("HUB_TEST_DB_USER", "postgres"), env("HUB_TEST_DB_PASSWORD", ""));
		}
		String file = "./target/h2/" + name + "-" + UUID.randomUUID();
		return new TestDatabase("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
				"hub", "");
	}

	public List<String> arguments() {
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

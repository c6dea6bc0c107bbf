package org.distributionhub.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test shares between several hubs (processes or contexts), and only they: a fresh PostgreSQL
 * database next to the test one when the run is on PostgreSQL (profile testpg), otherwise a fresh H2 file under
 * target/. A hub started on the shared test database would also take up every publication the other tests left
 * incomplete there, and the test would wait for work that is not its own.
 */
public record TestDatabase(String url, String user, String password) {

	/** The databases this class creates are named with this prefix; earlier ones are dropped when a new one is made. */
	private static final String PREFIX = "hubtest_";

	public static TestDatabase forProcesses(String name) {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("testpg")) {
			return freshPostgres(name, env("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
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

	private static TestDatabase freshPostgres(String name, String testUrl, String user, String password) {
		String database = PREFIX + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
				+ UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = DriverManager.getConnection(testUrl, user, password);
				Statement statement = connection.createStatement()) {
			dropEarlierOnes(statement);
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + database + " next to " + testUrl, e);
		}
		return new TestDatabase(withDatabase(testUrl, database), user, password);
	}

	/** Databases of earlier tests, of this run or an earlier one; one still in use stays. */
	private static void dropEarlierOnes(Statement statement) throws SQLException {
		var earlier = new ArrayList<String>();
		try (ResultSet names = statement
			.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (names.next()) {
				earlier.add(names.getString(1));
			}
		}
		for (String database : earlier) {
			try {
				statement.execute("DROP DATABASE IF EXISTS " + database);
			}
			catch (SQLException inUse) {
				// Still open in a hub that is shutting down: the next test's clean-up takes it.
			}
		}
	}

	/** The same server and options, another database: {@code jdbc:postgresql://host:port/<database>?...}. */
	private static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String options = query < 0 ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + options;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

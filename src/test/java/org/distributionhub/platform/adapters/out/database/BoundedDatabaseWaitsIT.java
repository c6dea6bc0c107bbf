package org.distributionhub.platform.adapters.out.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The hub's connections carry hub.database.*, on the URL the test profile sets (H2 file or PostgreSQL). */
@SpringBootTest
class BoundedDatabaseWaitsIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void everyConnectionWaitsOnlySoLongForLocksAndOnPostgresqlForStatementsAndIdleTransactions() {
		if (((HikariDataSource) dataSource).getJdbcUrl().startsWith("jdbc:postgresql:")) {
			assertThat(show("statement_timeout")).isEqualTo("30s");
			assertThat(show("lock_timeout")).isEqualTo("10s");
			assertThat(show("idle_in_transaction_session_timeout")).isEqualTo("1min");
			// The test profile's own session setting still applies, after the hub's.
			assertThat(show("plan_cache_mode")).isEqualTo("force_custom_plan");
		}
		else {
			// H2 shows no session's lock timeout; the pool opens its connections with it.
			assertThat(((HikariDataSource) dataSource).getJdbcUrl()).endsWith(";LOCK_TIMEOUT=10000");
		}
	}

	@Test
	void migrationsOnPostgresqlRunOnConnectionsOfTheirOwnWithTheMigrationTimeoutInsteadOfTheStatementTimeout() {
		var migrations = flyway.getConfiguration().getDataSource();
		if (((HikariDataSource) dataSource).getJdbcUrl().startsWith("jdbc:postgresql:")) {
			assertThat(migrations).isInstanceOf(DriverManagerDataSource.class);
			assertThat(((DriverManagerDataSource) migrations).getConnectionProperties())
				.containsEntry("socketTimeout", "1800")
				.containsEntry("tcpKeepAlive", "true");
		}
		else {
			assertThat(migrations).isSameAs(dataSource);
		}
	}

	private String show(String setting) {
		return jdbc.sql("SHOW " + setting).query(String.class).single();
	}
}

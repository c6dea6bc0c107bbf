package org.distributionhub.platform.adapters.out.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride.Override;

import org.junit.jupiter.api.Test;

class BoundedDatabaseWaitsTest {

	private final DatabaseTimeouts timeouts = DatabaseTimeouts.defaults();

	@Test
	void aPostgresqlPoolGetsDriverTimeoutsKeepaliveAndSessionTimeoutsWhateverItsUrl() {
		var pool = pool("jdbc:postgresql://db.example.com:5432/hub?sslmode=require");

		BoundedDatabaseWaits.apply(pool, timeouts);

		assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/hub?sslmode=require");
		assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "10")
			.containsEntry("loginTimeout", "10")
			.containsEntry("socketTimeout", "45")
			.containsEntry("tcpKeepAlive", "true");
		assertThat(pool.getConnectionInitSql()).isEqualTo("SET statement_timeout = 30000; SET lock_timeout = 10000; "
				+ "SET idle_in_transaction_session_timeout = 60000");
	}

	@Test
	void whatTheOperatorSetOnThePoolStaysAndRunsAfterTheSessionTimeouts() {
		var pool = pool("jdbc:postgresql://127.0.0.1/hub");
		pool.addDataSourceProperty("socketTimeout", "600");
		pool.setConnectionInitSql("SET search_path = hub");

		BoundedDatabaseWaits.apply(pool, timeouts);

		assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "600");
		assertThat(pool.getConnectionInitSql()).startsWith("SET statement_timeout = 30000;")
			.endsWith("; SET search_path = hub");
	}

	@Test
	void anH2FileGetsItsLockTimeoutAndAnH2ServerAlsoItsNetworkTimeout() {
		var file = pool("jdbc:h2:file:./data/hub;MODE=PostgreSQL");
		var server = pool("jdbc:h2:tcp://127.0.0.1:9092/hub;MODE=PostgreSQL");

		BoundedDatabaseWaits.apply(file, timeouts);
		BoundedDatabaseWaits.apply(server, timeouts);

		assertThat(file.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/hub;MODE=PostgreSQL;LOCK_TIMEOUT=10000");
		assertThat(server.getJdbcUrl())
			.isEqualTo("jdbc:h2:tcp://127.0.0.1:9092/hub;MODE=PostgreSQL;LOCK_TIMEOUT=10000;NETWORK_TIMEOUT=45000");
	}

	@Test
	void onH2ThePoolDropsAConnectionH2SaysIsBrokenOrClosed() {
		var pool = pool("jdbc:h2:tcp://127.0.0.1:9092/hub");

		BoundedDatabaseWaits.apply(pool, timeouts);

		assertThat(pool.getExceptionOverride().adjudicate(new SQLException("session closed", "90067", 90067)))
			.isEqualTo(Override.MUST_EVICT);
		assertThat(pool.getExceptionOverride().adjudicate(new SQLException("duplicate", "23505", 23505)))
			.isEqualTo(Override.CONTINUE_EVICT);
	}

	@Test
	void anH2UrlThatSetsALockTimeoutKeepsIt() {
		var pool = pool("jdbc:h2:file:./data/hub;lock_timeout=500");

		BoundedDatabaseWaits.apply(pool, timeouts);

		assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/hub;lock_timeout=500");
	}

	@Test
	void driverTimeoutsAreWholeSecondsAndNeverZeroWhichWouldMeanNone() {
		var short_ = new DatabaseTimeouts(Duration.ofMillis(300), Duration.ofMillis(1500), Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1));

		var properties = BoundedDatabaseWaits.driverProperties(short_, short_.socketTimeout());

		assertThat(properties).containsEntry("connectTimeout", "1").containsEntry("socketTimeout", "2");
	}

	private static HikariDataSource pool(String url) {
		var pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}
}

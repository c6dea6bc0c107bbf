package org.distributionhub.platform.adapters.out.database;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * H2's stand-in for PostgreSQL's idle_in_transaction_session_timeout: an H2 server keeps the session of a client that
 * vanished mid-transaction (a half-open connection) open for good, and with it its row locks. Sessions of the
 * database idle inside a transaction for longer than hub.database.idle-in-transaction-timeout are aborted, which
 * rolls their work back and frees the locks. Does nothing on PostgreSQL.
 */
@Component
class H2OrphanedTransactions {

	private static final Logger LOG = LoggerFactory.getLogger(H2OrphanedTransactions.class);

	private final JdbcClient jdbc;
	private final boolean h2;
	private final long idleMillis;

	H2OrphanedTransactions(JdbcClient jdbc, DataSource dataSource, DatabaseTimeouts timeouts) {
		this.jdbc = jdbc;
		this.h2 = dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:h2:");
		this.idleMillis = timeouts.idleInTransactionTimeout().toMillis();
	}

	@Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
	void abortIdleTransactions() {
		if (!h2) {
			return;
		}
		List<Long> idle = jdbc.sql("""
				SELECT session_id FROM information_schema.sessions
				WHERE contains_uncommitted AND session_state = 'SLEEP' AND session_id <> SESSION_ID()
				  AND sleep_since < DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP)""")
			.param(-idleMillis)
			.query(Long.class)
			.list();
		for (Long session : idle) {
			if (Boolean.TRUE.equals(jdbc.sql("SELECT ABORT_SESSION(?)").param(session).query(Boolean.class).single())) {
				LOG.warn("Aborted database session {}: idle inside a transaction for more than {} ms, its locks freed",
						session, idleMillis);
			}
		}
	}
}

package org.distributionhub.platform.adapters.out.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.database.*: how long the hub waits on the database, whichever database the URL names. A lost peer turns into
 * an error (which the delivery retry handles) instead of a thread waiting for good.
 *
 * @param connectTimeout opening a connection (TCP connect and login)
 * @param socketTimeout any one answer from the database; above the statement timeout, so the server cancels a slow
 *        statement first and the connection stays usable
 * @param statementTimeout one statement on the server (PostgreSQL statement_timeout)
 * @param lockTimeout waiting for a row or table lock (PostgreSQL lock_timeout, H2 LOCK_TIMEOUT)
 * @param idleInTransactionTimeout a transaction left idle this long is ended by the server and its locks are freed
 *        (PostgreSQL idle_in_transaction_session_timeout), as when a client vanished mid-transaction
 * @param migrationTimeout any one answer during Flyway migrations, which run on connections of their own without the
 *        statement timeout
 */
@ConfigurationProperties("hub.database")
public record DatabaseTimeouts(Duration connectTimeout, Duration socketTimeout, Duration statementTimeout,
		Duration lockTimeout, Duration idleInTransactionTimeout, Duration migrationTimeout) {

	/** Missing keys take their defaults (the binder hands null for them). */
	@SuppressWarnings("NullAway")
	public DatabaseTimeouts {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		statementTimeout = statementTimeout == null ? Duration.ofSeconds(30) : statementTimeout;
		socketTimeout = socketTimeout == null ? Duration.ofSeconds(45) : socketTimeout;
		lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
		idleInTransactionTimeout = idleInTransactionTimeout == null ? Duration.ofSeconds(60) : idleInTransactionTimeout;
		migrationTimeout = migrationTimeout == null ? Duration.ofMinutes(30) : migrationTimeout;
	}

	/** The defaults, when nothing under hub.database is set. */
	static DatabaseTimeouts defaults() {
		return new DatabaseTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofSeconds(30),
				Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(30));
	}
}

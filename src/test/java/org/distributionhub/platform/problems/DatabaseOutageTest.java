package org.distributionhub.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

	@Test
	void noConnectionATimeoutOrABrokenConnectionIsAnOutageWhereverItIsInTheCauses() {
		assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("pool empty"))).isTrue();
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseOutage.isCause(new QueryTimeoutException("too slow"))).isTrue();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("while signing in",
				new SQLTransientConnectionException("hub - Connection is not available, request timed out")))).isTrue();
		assertThat(DatabaseOutage.isCause(new UncategorizedSQLException("commit", "COMMIT",
				new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command",
				"57P01"))).isTrue();
	}

	@Test
	void anOutageOverriddenByTheRollbackOnTheBrokenConnectionIsStillAnOutage() {
		var closed = new SQLException("Connection is closed");
		var overridden = new TransactionSystemException("JDBC rollback failed", closed);
		overridden.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback",
				new SQLException("An I/O error occurred while sending to the backend", "08006")));
		var afterABug = new TransactionSystemException("JDBC rollback failed", closed);
		afterABug.initApplicationException(new IllegalStateException("a bug"));

		assertThat(DatabaseOutage.isCause(overridden)).isTrue();
		assertThat(DatabaseOutage.isCause(afterABug)).isFalse();
	}

	@Test
	void aRefusedWriteOrAnyOtherFailureIsNone() {
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseOutage.isCause(null)).isFalse();
	}

	@Test
	void theProblemAsksToSendAgainAfterItsRetryAfter() {
		var problem = DatabaseOutage.problem();
		assertThat(problem.getStatus()).isEqualTo(503);
		assertThat(problem.getType().toString()).isEqualTo(ApiProblems.TYPE_BASE + "database-unavailable");
		assertThat(problem.getDetail()).endsWith("send it again after 15 s");
	}
}

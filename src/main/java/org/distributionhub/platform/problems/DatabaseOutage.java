package org.distributionhub.platform.problems;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached or did not answer in time (no connection from the pool, a broken
 * connection, a query or transaction timeout) from every other failure, and answers it as the hub's one 503 (every
 * API and console page answers it alike: nothing was completed, send again later).
 */
public final class DatabaseOutage {

	/** How long a client is asked to wait before sending again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(15);

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or any of its causes, says the database is unreachable or timed out. A rollback that failed
	 * on the broken connection overrides the failure that met the outage; that one counts too.
	 */
	public static boolean isCause(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> toLook = new ArrayDeque<>();
		if (failure != null) {
			toLook.push(failure);
		}
		while (!toLook.isEmpty()) {
			Throwable cause = toLook.pop();
			if (!seen.add(cause)) {
				continue;
			}
			if (cause.getCause() != null) {
				toLook.push(cause.getCause());
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
				toLook.push(rollback.getApplicationException());
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLTimeoutException) {
				return true;
			}
			// SQL state class 08 is a connection exception, 57P01 to 57P03 a server shutting down or starting.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	public static ProblemDetail problem() {
		return Unavailable.problem("Database unavailable", "The hub cannot reach its database just now, so this "
				+ "request was not completed; send it again after " + Unavailable.retryAfter(RETRY_AFTER) + " s");
	}
}

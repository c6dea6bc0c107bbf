package org.distributionhub.platform.jdbc;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;

/**
 * A write that meets another open transaction's row or key (an INSERT ... ON CONFLICT DO NOTHING, a guarded UPDATE):
 * PostgreSQL waits for that transaction by itself, H2 refuses at once (90131) or after its lock timeout (50200). The
 * write is asked again until the other transaction ended, as PostgreSQL would have.
 */
public final class ConcurrentWrites {

	private static final Set<Integer> H2_CONCURRENT = Set.of(90131, 50200);
	private static final int TRIES = 600;
	private static final long PAUSE_MILLIS = 20;

	private ConcurrentWrites() {
	}

	public static <T> T retried(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DataAccessException e) {
				if (!(e.getMostSpecificCause() instanceof SQLException sql)
						|| !H2_CONCURRENT.contains(sql.getErrorCode()) || attempt == TRIES) {
					throw e;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a concurrent delivery", interrupted);
		}
	}
}

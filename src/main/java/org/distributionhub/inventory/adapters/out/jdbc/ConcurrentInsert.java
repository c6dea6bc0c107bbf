package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;

import org.springframework.dao.DataAccessException;

/**
 * Runs an INSERT ... ON CONFLICT DO NOTHING whose key another open transaction may be inserting. PostgreSQL waits
 * for that transaction by itself; H2 refuses at once (error 90131), so the insert pauses and tries again until the
 * other transaction has ended.
 */
final class ConcurrentInsert {

	private static final int H2_CONCURRENT_UPDATE = 90131;
	private static final int TRIES = 600;
	private static final long PAUSE_MILLIS = 20;

	private ConcurrentInsert() {
	}

	static boolean waitingForOthers(BooleanSupplier insert) {
		for (int attempt = 1;; attempt++) {
			try {
				return insert.getAsBoolean();
			}
			catch (DataAccessException e) {
				if (!(e.getMostSpecificCause() instanceof SQLException sql) || sql.getErrorCode() != H2_CONCURRENT_UPDATE
						|| attempt == TRIES) {
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
			throw new IllegalStateException("Interrupted while another transaction added the same line", interrupted);
		}
	}
}

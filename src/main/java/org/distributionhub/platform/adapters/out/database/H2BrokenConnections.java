package org.distributionhub.platform.adapters.out.database;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the pool which H2 errors mean the connection is dead (broken, session closed, database closed on this
 * connection): H2 gives them SQL states the pool does not know as fatal, so a connection a timeout broke would be
 * handed out again and fail every request at once until the next idle check.
 */
final class H2BrokenConnections implements SQLExceptionOverride {

	private static final Set<Integer> DEAD = Set.of(90067, 90098, 90121);

	@java.lang.Override
	public Override adjudicate(SQLException failure) {
		return DEAD.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}
}

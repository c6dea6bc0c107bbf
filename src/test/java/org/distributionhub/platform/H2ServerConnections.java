package org.distributionhub.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Lets Hikari drop a connection to an H2 server that the network broke: H2 reports it with its own SQL states
 * (90067 connection broken, 90121 database closed), not class 08, which is all Hikari looks for; PostgreSQL needs no
 * help. For tests that run the hub against an H2 server through {@link LoopbackTcpProxy}.
 */
public class H2ServerConnections implements SQLExceptionOverride {

	@java.lang.Override
	public Override adjudicate(SQLException failure) {
		return failure instanceof SQLNonTransientConnectionException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}
}

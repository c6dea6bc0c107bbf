package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.distributionhub.platform.domain.NodeBeat;
import org.distributionhub.platform.domain.NodeRun;
import org.distributionhub.platform.ports.out.HubNodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hub_node table; every time in it is the database's CURRENT_TIMESTAMP, so the hosts' clocks do not matter. */
@Repository
class JdbcHubNodes implements HubNodes {

	private final JdbcClient jdbc;

	JdbcHubNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void register(NodeRun run, String host) {
		if (takeRow(run, host)) {
			return;
		}
		try {
			jdbc.sql("""
					INSERT INTO hub_node (node_id, run_id, host, started_at, heartbeat_at)
					VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
				.params(run.nodeId(), run.runId(), JdbcAdminAuditTrail.clip(host, 255))
				.update();
		}
		catch (DuplicateKeyException startedAtTheSameTime) {
			takeRow(run, host);
		}
	}

	private boolean takeRow(NodeRun run, String host) {
		return jdbc.sql("""
				UPDATE hub_node SET run_id = ?, host = ?, started_at = CURRENT_TIMESTAMP, heartbeat_at = CURRENT_TIMESTAMP
				 WHERE node_id = ?""")
			.params(run.runId(), JdbcAdminAuditTrail.clip(host, 255), run.nodeId())
			.update() == 1;
	}

	@Override
	public boolean beat(NodeRun run) {
		return jdbc.sql("UPDATE hub_node SET heartbeat_at = CURRENT_TIMESTAMP WHERE node_id = ? AND run_id = ?")
			.params(run.nodeId(), run.runId())
			.update() == 1;
	}

	@Override
	public Beats beats() {
		Instant now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(Timestamp.class).single().toInstant();
		var nodes = jdbc.sql("SELECT node_id, run_id, heartbeat_at FROM hub_node")
			.query((rs, row) -> new NodeBeat(rs.getString("node_id"), rs.getObject("run_id", UUID.class),
					rs.getTimestamp("heartbeat_at").toInstant()))
			.list();
		return new Beats(now, nodes);
	}

	@Override
	public int forgetSilentSince(Instant since) {
		return jdbc.sql("DELETE FROM hub_node WHERE heartbeat_at < ?").param(Timestamp.from(since)).update();
	}
}

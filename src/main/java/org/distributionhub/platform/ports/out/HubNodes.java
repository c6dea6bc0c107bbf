package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.domain.NodeBeat;
import org.distributionhub.platform.domain.NodeRun;

/** The node table: each node's current run and its heartbeat, all times in the database's clock. */
public interface HubNodes {

	/** Makes the run its node's current one, beating now; an earlier run of the node is dead from then on. */
	void register(NodeRun run, String host);

	/** Beats for the run; false when the node's row no longer names this run (another process took the node id). */
	boolean beat(NodeRun run);

	/** Every node's current run and heartbeat, with the database's time of reading. */
	Beats beats();

	/** Forgets nodes that have not beaten since then; returns how many. */
	int forgetSilentSince(Instant since);

	/** The node table as read at {@code now}. */
	record Beats(Instant now, List<NodeBeat> nodes) {
	}
}

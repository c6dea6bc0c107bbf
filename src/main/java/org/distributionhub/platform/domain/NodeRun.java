package org.distributionhub.platform.domain;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One start of a hub process: the node it runs as (stable across restarts of one installation) and a run id of its
 * own. Publications are stamped with the run that delivers them, so a restart of the node tells at once which
 * deliveries its previous run left unfinished.
 */
@ValueObject
public record NodeRun(String nodeId, UUID runId) {

	public NodeRun {
		if (nodeId.isBlank()) {
			throw new IllegalArgumentException("A node id must not be blank");
		}
	}
}

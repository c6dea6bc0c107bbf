package org.distributionhub.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Whose in-flight publications (published, processing or resubmitted) a hub may take over. A run is alive only while
 * it is the current run of its node and that node's heartbeat is younger than {@code nodeTimeout}; every other run
 * is dead: an earlier run of a node that has started again since (at once, so a restarted node redelivers what its
 * crash cut off without waiting), or the run of a node that stopped beating (a crashed instance that does not come
 * back). A hub never takes its own run's publications, however late its own heartbeat is.
 */
@ValueObject
public record TakeoverRule(Duration nodeTimeout) {

	public TakeoverRule {
		if (nodeTimeout.isNegative() || nodeTimeout.isZero()) {
			throw new IllegalArgumentException("The node timeout must be positive, was " + nodeTimeout);
		}
	}

	/** The runs among those with publications in flight that are dead, as seen at {@code now} by {@code self}. */
	public Set<UUID> deadRuns(Collection<UUID> runsInFlight, Collection<NodeBeat> nodes, Instant now, NodeRun self) {
		var dead = new LinkedHashSet<UUID>();
		for (UUID run : runsInFlight) {
			if (!run.equals(self.runId()) && !isAlive(run, nodes, now)) {
				dead.add(run);
			}
		}
		return dead;
	}

	/** The oldest heartbeat that still counts as alive at {@code now}. */
	public Instant aliveSince(Instant now) {
		return now.minus(nodeTimeout);
	}

	private boolean isAlive(UUID run, Collection<NodeBeat> nodes, Instant now) {
		return nodes.stream()
			.anyMatch(node -> node.runId().equals(run) && !node.heartbeatAt().isBefore(aliveSince(now)));
	}
}

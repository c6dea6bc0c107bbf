package org.distributionhub.platform.domain;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;

/** What the node table says of one node: its current run and when that run last showed it is alive. */
@ValueObject
public record NodeBeat(String nodeId, UUID runId, Instant heartbeatAt) {
}

package org.distributionhub.probesender.events;

import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;

/** A probe: the receiver fails {@code failuresBeforeSuccess} times on it before it records it (-1: always fails). */
public record ProbeSent(UUID eventId, CorrelationId correlationId, String payload, int failuresBeforeSuccess)
		implements IntegrationEvent {
}

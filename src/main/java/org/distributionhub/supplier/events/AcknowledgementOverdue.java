package org.distributionhub.supplier.events;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;

/** A supplier has not acknowledged a purchase order by the time its profile allows. */
public record AcknowledgementOverdue(UUID eventId, CorrelationId correlationId, String supplierId, String poNumber,
		int revision, Instant dueAt) implements IntegrationEvent {
}

package org.distributionhub.platform.ports.out;

import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;

/** The ledger of failed listener invocations, kept after the publication itself has moved on. */
public interface DeliveryAttempts {

	void recordFailure(String listenerId, Object event, @Nullable UUID eventId, @Nullable CorrelationId correlationId,
			Throwable failure);
}

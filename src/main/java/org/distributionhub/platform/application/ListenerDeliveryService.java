package org.distributionhub.platform.application;

import java.util.UUID;

import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Claims events in the listener's inbox and records failed invocations. */
@Service
class ListenerDeliveryService implements GuardListenerDelivery {

	private final ListenerInbox inbox;
	private final DeliveryAttempts attempts;

	ListenerDeliveryService(ListenerInbox inbox, DeliveryAttempts attempts) {
		this.inbox = inbox;
		this.attempts = attempts;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(String listenerId, UUID eventId) {
		return inbox.claim(listenerId, eventId);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String listenerId, Object event, @Nullable UUID eventId,
			@Nullable CorrelationId correlationId, Throwable failure) {
		attempts.recordFailure(listenerId, event, eventId, correlationId, failure);
	}
}

package org.distributionhub.platform.application;

import java.util.UUID;

import org.distributionhub.platform.application.ListenerFailures.PendingFailure;
import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Claims events in the listener's inbox and notes failed invocations for the registry's FAILED mark. */
@Service
class ListenerDeliveryService implements GuardListenerDelivery {

	private final ListenerInbox inbox;
	private final ListenerFailures failures;

	ListenerDeliveryService(ListenerInbox inbox, ListenerFailures failures) {
		this.inbox = inbox;
		this.failures = failures;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(String listenerId, UUID eventId) {
		failures.clear();
		// A read-only listener changes nothing that a second delivery could apply twice, and cannot write the claim.
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return true;
		}
		return inbox.claim(listenerId, eventId);
	}

	@Override
	public void recordFailure(String listenerId, Object event, @Nullable UUID eventId,
			@Nullable CorrelationId correlationId, Throwable failure) {
		Throwable root = rootCause(failure);
		String message = root.getMessage() == null ? failure.toString() : root.getMessage();
		failures.note(new PendingFailure(listenerId, eventId, correlationId, root.getClass().getName(), message));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable current = failure;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}
}

package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.platform.application.ListenerFailures.PendingFailure;
import org.distributionhub.platform.ports.in.GuardListenerDelivery;
import org.distributionhub.platform.ports.out.AppliedStates;
import org.distributionhub.platform.ports.out.AppliedStates.Superseded;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.StateVersion;
import org.distributionhub.shared.WaitingForPrerequisite;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Claims events in the listener's inbox, moves each listener's applied state versions forward (docs/adr/0017) and notes
 * failed invocations for the registry's FAILED mark (a listener that waits for a prerequisite is noted as waiting).
 */
@Service
class ListenerDeliveryService implements GuardListenerDelivery {

	private final ListenerInbox inbox;
	private final AppliedStates appliedStates;
	private final ListenerFailures failures;
	private final Clock clock;

	ListenerDeliveryService(ListenerInbox inbox, AppliedStates appliedStates, ListenerFailures failures, Clock clock) {
		this.inbox = inbox;
		this.appliedStates = appliedStates;
		this.failures = failures;
		this.clock = clock;
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

	/** Objects are taken in the order of their names, so two deliveries that state the same objects cannot deadlock. */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> newerStates(String listener, String listenerId, UUID eventId, List<StateVersion> states) {
		Set<String> newer = new LinkedHashSet<>();
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			states.forEach(state -> newer.add(state.object()));
			return newer;
		}
		Instant now = clock.instant();
		var sorted = states.stream().sorted(Comparator.comparing(StateVersion::object)).toList();
		for (StateVersion state : sorted) {
			var applied = appliedStates.advance(listener, state.object(), state.version(), eventId, now);
			if (applied.isEmpty()) {
				newer.add(state.object());
			}
			else {
				appliedStates.recordSuperseded(
						new Superseded(listenerId, eventId, state.object(), state.version(), applied.get(), now));
			}
		}
		return newer;
	}

	@Override
	public void recordFailure(String listenerId, Object event, @Nullable UUID eventId,
			@Nullable CorrelationId correlationId, Throwable failure) {
		var waiting = WaitingForPrerequisite.in(failure);
		if (waiting.isPresent()) {
			var wait = waiting.get();
			failures.note(new PendingFailure(listenerId, eventId, correlationId, wait.getClass().getName(),
					wait.getMessage() == null ? wait.prerequisite() : wait.getMessage(), wait.prerequisite()));
			return;
		}
		Throwable root = rootCause(failure);
		String message = root.getMessage() == null ? failure.toString() : root.getMessage();
		failures.note(new PendingFailure(listenerId, eventId, correlationId, root.getClass().getName(), message, null));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable current = failure;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}
}

package org.distributionhub.platform.ports.in;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.StateVersion;
import org.jspecify.annotations.Nullable;

/** What happens around every listener invocation: apply each event once, keep the reason when it fails. */
public interface GuardListenerDelivery {

	/**
	 * Claims the event for the listener inside the listener's transaction: true the first time, false when the
	 * listener already applied it (a redelivery after a crash, or a second instance that resubmitted it too).
	 */
	boolean firstDelivery(String listenerId, UUID eventId);

	/**
	 * Of the objects an event states, returns those whose stated version is newer than what the listener applied,
	 * recording them as applied inside the listener's transaction; the others are recorded as superseded. Listeners
	 * that belong together (the methods of one listener class) share their versions: {@code listener} names them,
	 * {@code listenerId} the delivery.
	 */
	Set<String> newerStates(String listener, String listenerId, UUID eventId, List<StateVersion> states);

	/**
	 * Notes why an invocation failed; the note is written to the attempt ledger together with the publication's
	 * FAILED mark, in that transaction, so the reason survives the listener's rollback.
	 */
	void recordFailure(String listenerId, Object event, @Nullable UUID eventId, @Nullable CorrelationId correlationId,
			Throwable failure);
}

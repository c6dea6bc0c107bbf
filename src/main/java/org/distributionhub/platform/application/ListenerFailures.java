package org.distributionhub.platform.application;

import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hands a listener's failure from the listener guard to the registry's FAILED mark, which follows it on the same
 * thread and knows the publication: the attempt is recorded with the publication id, in the same transaction as the
 * status change, without looking the publication up by its payload.
 */
@Component
public class ListenerFailures {

	private static final ThreadLocal<PendingFailure> PENDING = new ThreadLocal<>();

	void note(PendingFailure failure) {
		PENDING.set(failure);
	}

	/** The failure noted on this thread, if any; the note is gone afterwards. */
	public @Nullable PendingFailure take() {
		PendingFailure failure = PENDING.get();
		PENDING.remove();
		return failure;
	}

	void clear() {
		PENDING.remove();
	}

	/**
	 * What a listener invocation failed with; {@code waitingFor} names the prerequisite when the listener said "not
	 * yet" (a {@link org.distributionhub.shared.WaitingForPrerequisite}) rather than failed.
	 */
	public record PendingFailure(String listenerId, @Nullable UUID eventId, @Nullable CorrelationId correlationId,
			String errorType, String errorMessage, @Nullable String waitingFor) {

		public boolean waiting() {
			return waitingFor != null;
		}
	}
}

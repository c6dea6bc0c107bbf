package org.distributionhub.platform.correlation;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Carries the trace of the work that stored something (a posting, an outbox entry) over to the thread that later
 * sends it, so the outbound call continues the inbound request's trace. Kept in memory: work sent after a restart or
 * by another node starts a trace of its own.
 */
public interface TraceHandoff {

	/** Carries nothing: every {@link #continueFor} runs the work as it is. */
	TraceHandoff NONE = new TraceHandoff() {

		@Override
		public void remember(UUID key) {
		}

		@Override
		public <T> T continueFor(UUID key, String name, Supplier<T> work) {
			return work.get();
		}
	};

	/** Keeps the trace the current thread works in for the work {@code key} names. */
	void remember(UUID key);

	/**
	 * Runs {@code work} in a span called {@code name} within the trace remembered for {@code key}, or within a trace of
	 * its own when none is; log lines and outbound calls made meanwhile carry that trace.
	 */
	<T> T continueFor(UUID key, String name, Supplier<T> work);
}

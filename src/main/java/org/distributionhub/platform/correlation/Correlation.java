package org.distributionhub.platform.correlation;

import java.util.function.Supplier;

import org.distributionhub.shared.CorrelationId;
import org.slf4j.MDC;

/** Reads the correlation id of the flow the current thread works for; it lives in the logging context (MDC). */
public final class Correlation {

	/** The key under which log lines carry the correlation id. */
	public static final String MDC_KEY = "correlationId";

	/** The log-context key that marks a correlation id the caller chose (its header), as opposed to one made here. */
	public static final String OFFERED_MDC_KEY = "correlationIdOffered";

	/** The header partners and systems send to tie their requests to a flow, echoed on every response. */
	public static final String HEADER = "X-Correlation-Id";

	private Correlation() {
	}

	/** The current flow's id, or a new one when the thread works for no flow yet. */
	public static CorrelationId current() {
		String value = MDC.get(MDC_KEY);
		return CorrelationId.isValid(value) ? new CorrelationId(value) : CorrelationId.random();
	}

	/** Whether the current flow's id is one the caller chose, which the hub must keep. */
	public static boolean offered() {
		return MDC.get(OFFERED_MDC_KEY) != null && CorrelationId.isValid(MDC.get(MDC_KEY));
	}

	/** Runs work under the given correlation id, restoring whatever was there before. */
	public static void runWith(CorrelationId id, Runnable work) {
		callWith(id, () -> {
			work.run();
			return id;
		});
	}

	/** Computes a result under the given correlation id, restoring whatever was there before. */
	public static <T> T callWith(CorrelationId id, Supplier<T> work) {
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id.value());
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		}
	}
}

package org.distributionhub.platform.correlation;

import org.distributionhub.shared.CorrelationId;
import org.slf4j.MDC;

/** Reads the correlation id of the flow the current thread works for; it lives in the logging context (MDC). */
public final class Correlation {

	/** The key under which log lines carry the correlation id. */
	public static final String MDC_KEY = "correlationId";

	/** The header partners and systems send to tie their requests to a flow, echoed on every response. */
	public static final String HEADER = "X-Correlation-Id";

	private Correlation() {
	}

	/** The current flow's id, or a new one when the thread works for no flow yet. */
	public static CorrelationId current() {
		String value = MDC.get(MDC_KEY);
		return CorrelationId.isValid(value) ? new CorrelationId(value) : CorrelationId.random();
	}

	/** Runs work under the given correlation id, restoring whatever was there before. */
	public static void runWith(CorrelationId id, Runnable work) {
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id.value());
		try {
			work.run();
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

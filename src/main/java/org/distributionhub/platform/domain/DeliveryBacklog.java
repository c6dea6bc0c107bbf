package org.distributionhub.platform.domain;

import java.time.Duration;

/**
 * Work taken in but not yet delivered to its listeners: publications waiting (published or being processed, not
 * failed, resubmitted or dead-lettered), the age of the oldest of them and the listener invocations queued in memory.
 */
public record DeliveryBacklog(long waiting, Duration oldestAge, int queued) {

	public static final DeliveryBacklog NONE = new DeliveryBacklog(0, Duration.ZERO, 0);

	public DeliveryBacklog {
		// A publication dated by another node's clock a moment ahead is not waiting a negative time.
		oldestAge = oldestAge.isNegative() ? Duration.ZERO : oldestAge;
	}

	/** Past a limit: more waiting or queued than maxBacklog, or the oldest waiting longer than maxAge. */
	public boolean over(long maxBacklog, Duration maxAge) {
		return waiting > maxBacklog || queued > maxBacklog || oldestAge.compareTo(maxAge) > 0;
	}
}

package org.distributionhub.platform.ports.in;

import java.time.Instant;

/** Whether module listeners get anywhere: how many deliveries run now and when the last one ended. */
public interface FindListenerProgress {

	ListenerProgressView progress();

	/**
	 * @param running deliveries under way on listener threads now
	 * @param finished deliveries ended (applied or failed) since the hub started
	 * @param lastFinished when the last delivery ended, or when the hub started if none has
	 */
	record ListenerProgressView(int running, long finished, Instant lastFinished) {
	}
}

package org.distributionhub.platform.ports.in;

/**
 * Completes an event's publication to a listener together with the listener's work: in the listener's transaction,
 * so that the work, the inbox claim and the completion commit as one or not at all.
 */
public interface CompleteListenerDelivery {

	/** Opens the delivery of an event to this listener on this thread, around Spring Modulith's own marks. */
	void begin(String listenerId);

	/**
	 * Completes, inside the current transaction, the publication Spring Modulith is delivering to this listener on
	 * this thread. When none is known or the transaction cannot write, Spring Modulith completes it after the commit
	 * in a transaction of its own, as it does by default.
	 */
	void completeWithListenerWork(String listenerId);

	/** Closes the delivery opened last on this thread. */
	void end();
}

package org.distributionhub.platform.ports.out;

/** The listener invocations queued in memory for the listener threads. */
public interface ListenerQueue {

	int size();
}

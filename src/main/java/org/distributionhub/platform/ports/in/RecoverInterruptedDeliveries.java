package org.distributionhub.platform.ports.in;

/**
 * Takes over the deliveries dead runs left in flight (this node's previous run at start, any run of a node that
 * stopped beating) and delivers them again at once.
 */
public interface RecoverInterruptedDeliveries {

	Recovery recover();

	/** What one pass did: publications taken over, of them resubmitted at once, and dead-lettered as unreadable. */
	record Recovery(int takenOver, int resubmitted, int deadLettered) {
	}
}

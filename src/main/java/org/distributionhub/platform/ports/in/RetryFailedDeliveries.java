package org.distributionhub.platform.ports.in;

/** One round of the automatic retry: dead-letter the exhausted publications, deliver the due ones again. */
public interface RetryFailedDeliveries {

	RetryRound retryDue();

	/** What one round did. */
	record RetryRound(int deadLettered, int resubmitted) {
	}
}

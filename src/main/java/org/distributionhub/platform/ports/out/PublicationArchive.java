package org.distributionhub.platform.ports.out;

import java.time.Instant;

/** The archive of completed event publications, the event log's history, and what it keeps of their attempts. */
public interface PublicationArchive {

	/**
	 * Forgets at most {@code limit} archived publications published before the instant, with their failed attempts;
	 * answers how many it forgot.
	 */
	int forgetPublishedBefore(Instant before, int limit);
}

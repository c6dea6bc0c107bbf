package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Publications a run was delivering (published, processing or resubmitted) when it died, and their takeover. */
public interface InterruptedPublications {

	/** The error type of the attempt a dead run left unfinished, in the ledger. */
	String INTERRUPTED = "InterruptedDelivery";

	/** The runs that publications in flight are stamped with. */
	Set<UUID> runsInFlight();

	/**
	 * Takes the dead run's in-flight publications, unless the run beat since {@code aliveSince}: they become FAILED
	 * and their interrupted attempt goes to the ledger with the note, in one transaction. Of two hubs claiming the
	 * same run at once, each publication goes to one of them only.
	 */
	List<ClaimedPublication> claim(UUID deadRun, Instant aliveSince, String note, Instant at);

	/** A publication taken over, now FAILED. */
	record ClaimedPublication(UUID id, Instant publishedAt, int attempts) {
	}
}

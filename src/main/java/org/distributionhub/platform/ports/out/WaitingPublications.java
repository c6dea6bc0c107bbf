package org.distributionhub.platform.ports.out;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The publications waiting for their first delivery: how many, and since when the oldest waits. */
public interface WaitingPublications {

	Waiting waiting();

	/** The count and the publication date of the oldest (null when none waits). */
	record Waiting(long count, @Nullable Instant oldest) {
	}
}

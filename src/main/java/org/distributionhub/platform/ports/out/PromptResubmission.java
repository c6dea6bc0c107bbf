package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Hands chosen failed publications back to their listeners now, ahead of older failed ones still backing off. */
public interface PromptResubmission {

	/**
	 * Resubmits these FAILED publications, all published up to {@code publishedUpTo}, each claimed as in the retry
	 * round; one whose stored event can no longer be read goes to {@code unreadable} with the reason instead.
	 */
	void resubmitNow(Set<UUID> ids, Instant publishedUpTo, BiConsumer<UUID, String> unreadable);
}

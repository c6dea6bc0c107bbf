package org.distributionhub.platform.adapters.out.modulith;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PromptResubmission;
import org.distributionhub.platform.ports.out.PublicationResubmission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Resubmits through Spring Modulith, which claims each publication (FAILED to RESUBMITTED, see
 * {@link GuardedPublicationRepository}) before it invokes the listener. At most one batch is in flight at a time.
 */
@Component
class ModulithPublicationResubmission implements PublicationResubmission, PromptResubmission {

	/** The most failed publications one prompt resubmission reads; chosen ones beyond are left to the retry round. */
	static final int MAX_PROMPT_WINDOW = 10_000;

	/** Room for resubmissions that end or start between counting them and Spring Modulith counting them again. */
	private static final int SLACK = 100;

	private final FailedEventPublications failed;
	private final JdbcClient jdbc;

	ModulithPublicationResubmission(FailedEventPublications failed, JdbcClient jdbc) {
		this.failed = failed;
		this.jdbc = jdbc;
	}

	@Override
	public void resubmitFailed(Predicate<FailedPublication> due, int batchSize, BiConsumer<UUID, String> unreadable) {
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(batchSize)
			.withMaxInFlight(batchSize)
			.withFilter(publication -> readable(publication, unreadable) && due.test(toFailed(publication))));
	}

	/**
	 * Spring Modulith reads the oldest FAILED publications first, as many as the batch size less the ones being
	 * resubmitted: the batch covers every failed publication up to the newest chosen one, so older ones still backing
	 * off do not crowd the chosen ones out. Only the chosen ones are delivered (their events are read, no others).
	 */
	@Override
	public void resubmitNow(Set<UUID> ids, Instant publishedUpTo, BiConsumer<UUID, String> unreadable) {
		long window = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED' AND publication_date <= ?")
			.param(Timestamp.from(publishedUpTo))
			.query(Long.class)
			.single();
		long resubmitting = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'RESUBMITTED'")
			.query(Long.class)
			.single();
		int batch = (int) Math.min(MAX_PROMPT_WINDOW, window + resubmitting + SLACK);
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(batch)
			.withMaxInFlight(batch)
			.withFilter(publication -> ids.contains(publication.getIdentifier()) && readable(publication, unreadable)));
	}

	/** Reads the stored event now, so one that no longer deserialises is set aside instead of failing the round. */
	private static boolean readable(EventPublication publication, BiConsumer<UUID, String> unreadable) {
		try {
			publication.getEvent();
			return true;
		}
		catch (RuntimeException e) {
			unreadable.accept(publication.getIdentifier(), "The stored event can no longer be read: " + e.getMessage());
			return false;
		}
	}

	private static FailedPublication toFailed(EventPublication publication) {
		return new FailedPublication(publication.getIdentifier(), "", "", publication.getPublicationDate(),
				publication.getCompletionAttempts(), publication.getLastResubmissionDate());
	}
}

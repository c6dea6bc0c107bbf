package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.FindEventsByKey.FailedAttempt;
import org.jspecify.annotations.Nullable;

/** The business keys recorded for each publication, and the publications they lead to. */
public interface PublicationKeys {

	/** The newest publications recorded under the key, newest first, with the kind the key had in each. */
	List<KeyedId> newest(String key, int limit);

	/** The publications of the given ids, wherever they are now (open, archived or dead-lettered). */
	List<EventLogEntryView> publications(Collection<UUID> ids);

	/** Failed attempts per publication, in order. */
	Map<UUID, List<FailedAttempt>> failures(Collection<UUID> ids);

	/** When and why the dead-lettered ones among the ids were dead-lettered. */
	Map<UUID, DeadLetter> deadLetters(Collection<UUID> ids);

	record KeyedId(UUID publicationId, String kind) {
	}

	record DeadLetter(Instant at, @Nullable String reason) {
	}
}

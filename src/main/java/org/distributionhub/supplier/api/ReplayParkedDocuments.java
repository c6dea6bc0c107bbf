package org.distributionhub.supplier.api;

import java.util.UUID;

/**
 * Replays a document parked as a mapping exception, once its mapping exists: it is read again from the stored
 * message and applied once, however often it is replayed. Every replay is audited with its reason.
 */
public interface ReplayParkedDocuments {

	ReplayResult replay(UUID mappingExceptionId, String reason, String actor);

	record ReplayResult(UUID mappingExceptionId, ReplayOutcome outcome, String explanation) {
	}

	/** What a replay did: the replayed document's result, or why nothing was applied. */
	enum ReplayOutcome {

		APPLIED, NO_CHANGE, DUPLICATE, STALE, REFUSED, STILL_PARKED, ALREADY_RESOLVED, NOT_FOUND;

		/** The outcome of a replay whose document came to this result; a document parked again is still parked. */
		public static ReplayOutcome of(DocumentResult result) {
			return switch (result) {
				case APPLIED -> APPLIED;
				case NO_CHANGE -> NO_CHANGE;
				case DUPLICATE -> DUPLICATE;
				case STALE -> STALE;
				case REFUSED -> REFUSED;
				case PARKED -> STILL_PARKED;
			};
		}
	}
}

package org.distributionhub.supplier.api;

import java.util.UUID;

/**
 * Replays a document parked as a mapping exception, once its mapping exists: it is read again from the stored
 * message and applied once, however often it is replayed. Every replay is audited with its reason.
 */
public interface ReplayParkedDocuments {

	ReplayResult replay(UUID mappingExceptionId, String reason, String actor);

	/** {@code outcome}: APPLIED, NO_CHANGE, STILL_PARKED, ALREADY_RESOLVED, NOT_FOUND. */
	record ReplayResult(UUID mappingExceptionId, String outcome, String explanation) {
	}
}

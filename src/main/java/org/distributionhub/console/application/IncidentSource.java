package org.distributionhub.console.application;

import java.time.Instant;
import java.util.List;

/** One module's incidents as drafts, read through that module's api. */
interface IncidentSource {

	List<IncidentDraft> drafts(Instant now);
}

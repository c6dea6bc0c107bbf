package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;

/**
 * The dry runs an ADMIN made of a supplier's sample files: what the onboarding checklist shows as "a sample of each
 * document type passed". A dry run reads, maps and answers a sample without storing live data or sending anything.
 */
public interface FindDryRunResults {

	/** The newest dry run of each document type (855, 856, ORDRSP, CSV ...) the supplier sent, by document type. */
	List<DryRunSummary> latestPerDocumentType(String supplierId);

	/**
	 * One dry run as the checklist shows it.
	 *
	 * @param documentType what the sample was read as, for example {@code 855} or {@code ORDRSP}
	 * @param passed true when it was read, every item and code mapped and it would have been accepted
	 * @param problemCount how many problems it found
	 */
	record DryRunSummary(long id, String documentType, String format, boolean passed, int problemCount,
			Instant ranAt, String ranBy) {
	}
}

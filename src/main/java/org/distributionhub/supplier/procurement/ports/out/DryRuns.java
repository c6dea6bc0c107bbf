package org.distributionhub.supplier.procurement.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.DryRunReport;
import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;

/** The dry runs kept per supplier (table supplier_dry_run), each with its whole report. */
public interface DryRuns {

	List<DryRunSummary> latestPerDocumentType(String supplierId);

	/** Keeps a dry run's report and answers its id. */
	long save(DryRunReport report);

	Optional<DryRunReport> find(String supplierId, long id);

	/** The supplier's dry runs, newest first. */
	List<DryRunSummary> history(String supplierId, int limit);
}

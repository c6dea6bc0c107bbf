package org.distributionhub.supplier.procurement.ports.out;

import java.util.List;

import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;

/** The dry runs kept per supplier (table supplier_dry_run). */
public interface DryRuns {

	List<DryRunSummary> latestPerDocumentType(String supplierId);
}

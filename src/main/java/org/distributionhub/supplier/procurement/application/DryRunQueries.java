package org.distributionhub.supplier.procurement.application;

import java.util.List;

import org.distributionhub.supplier.api.FindDryRunResults;
import org.distributionhub.supplier.procurement.ports.out.DryRuns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The onboarding checklist's view of a supplier's dry runs. */
@Service
class DryRunQueries implements FindDryRunResults {

	private final DryRuns dryRuns;

	DryRunQueries(DryRuns dryRuns) {
		this.dryRuns = dryRuns;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DryRunSummary> latestPerDocumentType(String supplierId) {
		return dryRuns.latestPerDocumentType(supplierId);
	}
}

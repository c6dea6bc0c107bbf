package org.distributionhub.supplier.api;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.jspecify.annotations.Nullable;

/**
 * Dry runs of a supplier's sample file (X12, EDIFACT, CSV or partner API JSON): the real readers, the real intake and
 * the real purchase order rules, in a transaction that is always rolled back, so nothing is kept as live data and
 * nothing is sent. Each dry run's report is kept, and its run recorded in the admin audit trail.
 */
public interface RunDryRuns {

	/**
	 * Runs a sample; {@code format} is X12, EDIFACT, CSV or JSON, or null to tell it from the content type and the
	 * content. Throws {@link UnknownSupplierForDryRun} for a supplier that is not set up.
	 */
	DryRunReport run(DryRunCommand command);

	Optional<DryRunReport> report(String supplierId, long id);

	/** The supplier's dry runs, newest first. */
	List<DryRunSummary> history(String supplierId, int limit);

	/** A sample to run and who runs it. */
	record DryRunCommand(String supplierId, @Nullable String format, @Nullable String contentType,
			@Nullable String fileName, byte[] content, String ranBy) {
	}

	/** No supplier of that id is set up. */
	final class UnknownSupplierForDryRun extends RuntimeException {

		public UnknownSupplierForDryRun(String supplierId) {
			super("No supplier " + supplierId);
		}
	}

	/** A format that is none of X12, EDIFACT, CSV and JSON. */
	final class UnknownDryRunFormat extends RuntimeException {

		public UnknownDryRunFormat(String format) {
			super("Format " + format + " is not one of X12, EDIFACT, CSV, JSON");
		}
	}
}

package org.distributionhub.supplier.partners.ports.in;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Applies one supplier's partner files (profile YAML and items CSV, already read) in one transaction. A version of
 * the files that was imported before is skipped unless forced, so changes made through the admin API since survive.
 */
public interface ImportPartners {

	PartnerImportResult importPartner(ImportPartnerCommand command);

	/**
	 * {@code profile} null: only an items file, for a supplier that must exist already. {@code items} null: no items
	 * file, the cross-reference stays. Items replace the cross-reference (REPLACE).
	 */
	record ImportPartnerCommand(String supplierId, @Nullable SupplierProfileData profile,
			@Nullable List<ItemRow> items, List<RowProblem> unreadableRows, String fingerprint, String source,
			boolean force, String actor) {
	}

	enum Status {
		CREATED, UPDATED, UNCHANGED, SKIPPED, REJECTED
	}

	/** SKIPPED: these very files were imported before. REJECTED: nothing applied, see problems. */
	record PartnerImportResult(String supplierId, Status status, List<FieldProblem> problems,
			@Nullable ItemImportReport items) {
	}
}

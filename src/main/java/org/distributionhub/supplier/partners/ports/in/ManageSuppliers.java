package org.distributionhub.supplier.partners.ports.in;

import java.util.List;

/**
 * Creates, replaces and deactivates supplier profiles and edits their item cross-reference; every change is
 * written to the admin audit trail. Bad data fails with {@link SupplierDataRejected}, an unknown supplier with
 * {@link SupplierNotFound}; either way nothing changes.
 */
public interface ManageSuppliers {

	/** Creates the supplier or replaces its profile; its item cross-reference and API keys stay as they are. */
	SaveOutcome save(SaveSupplierCommand command);

	/** Switches the supplier off: its keys stop working; the profile stays and a save with active true revives it. */
	SupplierView deactivate(SupplierActionCommand command);

	/** Adds or changes one mapping of the supplier's cross-reference. */
	ItemSaveOutcome saveItem(SaveItemCommand command);

	/** Removes one mapping; false when the supplier had none for that part. */
	boolean removeItem(RemoveItemCommand command);

	/** Applies an upload of mappings row by row, refusing bad rows with their reasons and keeping the good ones. */
	ItemImportReport importItems(ImportItemsCommand command);

	/** Sets what one of the supplier's own codes means (a line outcome), checked as a profile's code map is. */
	SupplierView saveCode(SaveCodeCommand command);

	/** Removes one code of the supplier's code map; false when it had none by that name. */
	boolean removeCode(RemoveCodeCommand command);

	record SaveSupplierCommand(String supplierId, SupplierProfileData profile, String actor, String reason) {
	}

	/** {@code changed} is false when the stored profile already said the same. */
	record SaveOutcome(SupplierView supplier, boolean created, boolean changed) {
	}

	record SupplierActionCommand(String supplierId, String actor, String reason) {
	}

	record SaveItemCommand(String supplierId, ItemRow item, String actor) {
	}

	record ItemSaveOutcome(ItemMappingView item, boolean created) {
	}

	record RemoveItemCommand(String supplierId, String supplierPart, String actor) {
	}

	/** {@code unreadable} are rows the adapter could not even split into fields; they count as refused. */
	record ImportItemsCommand(String supplierId, List<ItemRow> rows, List<RowProblem> unreadable, ItemImportMode mode,
			String actor, String source) {
	}

	record SaveCodeCommand(String supplierId, String partnerCode, String lineOutcome, String actor, String source) {
	}

	record RemoveCodeCommand(String supplierId, String partnerCode, String actor, String source) {
	}
}

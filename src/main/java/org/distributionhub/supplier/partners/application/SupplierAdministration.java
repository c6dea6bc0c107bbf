package org.distributionhub.supplier.partners.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.domain.ItemCrossReference;
import org.distributionhub.supplier.partners.ports.in.FieldProblem;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin API's changes to supplier profiles and cross-references, one transaction each, audited. */
@Service
class SupplierAdministration implements ManageSuppliers {

	private final SupplierChanges changes;

	SupplierAdministration(SupplierChanges changes) {
		this.changes = changes;
	}

	@Override
	@Transactional
	public SaveOutcome save(SaveSupplierCommand command) {
		var items = changes.find(command.supplierId()).map(it -> it.items()).orElse(List.of());
		return changes.save(command.supplierId(), command.profile(), items, command.actor(), command.reason());
	}

	@Override
	@Transactional
	public SupplierView deactivate(SupplierActionCommand command) {
		var profile = changes.existing(command.supplierId());
		if (!profile.active()) {
			return SupplierViews.of(profile);
		}
		var deactivated = profile.deactivated();
		changes.save(deactivated);
		changes.audit(command.actor(), "supplier.deactivate", command.supplierId(), command.reason(), "deactivated");
		return SupplierViews.of(deactivated);
	}

	@Override
	@Transactional
	public ItemSaveOutcome saveItem(SaveItemCommand command) {
		var profile = changes.existing(command.supplierId());
		var checked = ItemRows.check(command.item());
		var mapping = checked.mapping();
		if (mapping == null) {
			throw new SupplierDataRejected(
					checked.problems().stream().map(it -> new FieldProblem(it.field(), it.message())).toList());
		}
		var change = ItemCrossReference.apply(profile.items(), List.of(mapping), ItemCrossReference.Mode.MERGE,
				Set.of());
		if (change.changedAnything()) {
			changes.save(profile.withItems(change.items()));
			changes.audit(command.actor(), "supplier.item.save", command.supplierId(), "admin API",
					(change.added() == 1 ? "added " : "changed ") + describe(command.item()));
		}
		return new ItemSaveOutcome(SupplierViews.of(mapping), change.added() == 1);
	}

	@Override
	@Transactional
	public boolean removeItem(RemoveItemCommand command) {
		var profile = changes.existing(command.supplierId());
		var remaining = profile.items().stream()
			.filter(it -> !it.supplierPart().equals(command.supplierPart().strip()))
			.toList();
		if (remaining.size() == profile.items().size()) {
			return false;
		}
		changes.save(profile.withItems(remaining));
		changes.audit(command.actor(), "supplier.item.remove", command.supplierId(), "admin API",
				"removed supplier part " + command.supplierPart().strip());
		return true;
	}

	@Override
	@Transactional
	public ItemImportReport importItems(ImportItemsCommand command) {
		var applied = changes.applyItems(changes.existing(command.supplierId()), command.rows(), command.unreadable(),
				command.mode());
		if (applied.changed()) {
			changes.save(applied.profile());
			changes.auditItems(command.actor(), command.supplierId(), command.source(), applied.report());
		}
		return applied.report();
	}

	@Override
	@Transactional
	public SupplierView saveCode(SaveCodeCommand command) {
		var profile = changes.existing(command.supplierId());
		String code = command.partnerCode().strip();
		var codes = new TreeMap<>(profile.codeMap());
		codes.put(code, command.lineOutcome());
		// The profile's own rules check the code; the problem is named by the code as the form names it.
		var checked = checkedCodes(profile, codes);
		if (checked.equals(profile)) {
			return SupplierViews.of(profile);
		}
		changes.save(checked);
		changes.audit(command.actor(), "supplier.code-map.save", command.supplierId(), command.source(),
				"partner code " + code + " means " + checked.codeMap().get(code));
		return SupplierViews.of(checked);
	}

	@Override
	@Transactional
	public boolean removeCode(RemoveCodeCommand command) {
		var profile = changes.existing(command.supplierId());
		String code = command.partnerCode().strip();
		if (!profile.codeMap().containsKey(code)) {
			return false;
		}
		var codes = new TreeMap<>(profile.codeMap());
		codes.remove(code);
		changes.save(checkedCodes(profile, codes));
		changes.audit(command.actor(), "supplier.code-map.remove", command.supplierId(), command.source(),
				"removed partner code " + code);
		return true;
	}

	private static PartnerProfile checkedCodes(PartnerProfile profile, Map<String, String> codes) {
		return ProfileConversion.toProfile(profile.supplierId(), SupplierViews.data(profile, codes), profile.items());
	}

	private static String describe(ItemRow row) {
		return "supplier part %s as SKU %s".formatted(row.supplierPart() == null ? "" : row.supplierPart().strip(),
				row.sku() == null ? "" : row.sku().strip());
	}
}

package org.distributionhub.supplier.partners.adapters.in.console;

import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.SupplierItemCommands;
import org.distributionhub.supplier.partners.adapters.in.files.ItemCsv;
import org.distributionhub.supplier.partners.ports.in.FindSuppliers;
import org.distributionhub.supplier.partners.ports.in.ItemImportMode;
import org.distributionhub.supplier.partners.ports.in.ItemMappingView;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.ImportItemsCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.RemoveItemCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers.SaveItemCommand;
import org.springframework.stereotype.Component;

/** The console's cross-reference pages: the admin API's CSV reader and item use cases, field names kept. */
@Component
class ConsoleSupplierItems implements SupplierItemCommands {

	private final FindSuppliers find;
	private final ManageSuppliers manage;

	ConsoleSupplierItems(FindSuppliers find, ManageSuppliers manage) {
		this.find = find;
		this.manage = manage;
	}

	@Override
	public Optional<ItemsPage> items(String supplierId, String search, int page, int size) {
		if (find.find(supplierId).isEmpty()) {
			return Optional.empty();
		}
		var found = find.items(supplierId, search, page, size);
		return Optional.of(new ItemsPage(supplierId, search, page, size, found.total(),
				found.items().stream().map(ConsoleSupplierItems::form).toList()));
	}

	@Override
	public Optional<ItemForm> item(String supplierId, String supplierPart) {
		return find.find(supplierId).isEmpty() ? Optional.empty()
				: find.items(supplierId, supplierPart, 0, 1000).items().stream()
					.filter(it -> it.supplierPart().equals(supplierPart.strip()))
					.findFirst()
					.map(ConsoleSupplierItems::form);
	}

	@Override
	public ItemUpload upload(String supplierId, byte[] csv, boolean replace, String actor) {
		var mode = replace ? ItemImportMode.REPLACE : ItemImportMode.MERGE;
		var parsed = ItemCsv.read(csv);
		if (!parsed.fileProblems().isEmpty()) {
			return new ItemUpload(false, mode.name(), 0, 0, 0, 0, 0, 0, 0, List.of(), parsed.fileProblems());
		}
		var report = FormProblems.call(() -> manage.importItems(new ImportItemsCommand(supplierId, parsed.rows(),
				parsed.unreadable(), mode, actor, "CSV upload in the console")), FormProblems::item);
		return new ItemUpload(report.applied(), mode.name(), report.rows(), report.added(), report.changed(),
				report.unchanged(), report.removed(), report.rejected(), report.total(), report.problems().stream()
					.map(it -> new RefusedRow(it.line(), it.column(), it.supplierPart(), it.message()))
					.toList(), List.of());
	}

	@Override
	public boolean save(String supplierId, ItemForm item, String actor) {
		return FormProblems.call(() -> manage.saveItem(new SaveItemCommand(supplierId, new ItemRow(0,
				item.supplierPart(), item.sku(), item.gtin(), item.supplierUnit(), item.ourUnit(), item.factor()),
				actor)).created(), FormProblems::item);
	}

	@Override
	public boolean remove(String supplierId, String supplierPart, String actor) {
		return FormProblems.call(() -> manage.removeItem(new RemoveItemCommand(supplierId, supplierPart, actor)),
				FormProblems::item);
	}

	private static ItemForm form(ItemMappingView item) {
		return new ItemForm(item.supplierPart(), item.sku(), item.gtin(), item.supplierUnit(), item.ourUnit(),
				item.factor().toPlainString());
	}
}

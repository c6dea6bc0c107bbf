package org.distributionhub.supplier.partners.ports.in;

import java.util.List;
import java.util.Optional;

/** The supplier profiles and their item cross-references, as the admin API shows them. */
public interface FindSuppliers {

	/** Every supplier, active or not, by id. */
	List<SupplierView> list();

	Optional<SupplierView> find(String supplierId);

	/** One page of a supplier's cross-reference, by supplier part; {@link SupplierNotFound} for an unknown one. */
	ItemPage items(String supplierId, int page, int size);

	record ItemPage(String supplierId, int page, int size, long total, List<ItemMappingView> items) {
	}
}

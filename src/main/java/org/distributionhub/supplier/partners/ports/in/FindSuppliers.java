package org.distributionhub.supplier.partners.ports.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The supplier profiles and their item cross-references, as the admin API shows them. */
public interface FindSuppliers {

	/** Every supplier, active or not, by id. */
	List<SupplierView> list();

	Optional<SupplierView> find(String supplierId);

	/** One page of a supplier's cross-reference, by supplier part; {@link SupplierNotFound} for an unknown one. */
	ItemPage items(String supplierId, int page, int size);

	/**
	 * One page of the mappings whose supplier part, SKU or GTIN contains {@code search} (any case; blank: all), by
	 * supplier part; {@link SupplierNotFound} for an unknown supplier.
	 */
	ItemPage items(String supplierId, String search, int page, int size);

	/** When the supplier last became LIVE, if it is live and that was recorded. */
	Optional<Instant> liveSince(String supplierId);

	record ItemPage(String supplierId, int page, int size, long total, List<ItemMappingView> items) {
	}
}

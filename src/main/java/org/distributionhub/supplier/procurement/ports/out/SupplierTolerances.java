package org.distributionhub.supplier.procurement.ports.out;

import java.time.Instant;
import java.util.Optional;

import org.distributionhub.supplier.procurement.domain.InvoiceTolerances;

/** Each supplier's own invoice match tolerances; a supplier without them has the hub's defaults. */
public interface SupplierTolerances {

	Optional<InvoiceTolerances> of(String supplierId);

	void save(String supplierId, InvoiceTolerances tolerances, String by, Instant now);
}

/** Use cases procurement offers its adapters: issuing a purchase order, reporting overdue acknowledgements, holding overdue invoices, invoice tolerances. */
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.procurement.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

/** What procurement needs: stored purchase orders, ship notices, supplier invoices, goods receipts and tolerances, and invoice counters. */
@SecondaryPort
@NullMarked
package org.distributionhub.supplier.procurement.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

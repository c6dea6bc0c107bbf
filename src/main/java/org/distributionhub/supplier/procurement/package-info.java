/**
 * Procurement: the purchase order and its rules, issuing it to the supplier, applying what suppliers say of it,
 * overdue acknowledgements and the Supplier module's events.
 */
@ApplicationModule(displayName = "Supplier :: Procurement", allowedDependencies = { "shared", "platform :: correlation", "platform :: api", "platform :: problems", "supplier :: api", "supplier :: events", "supplier.partners :: api", "supplier.exchange :: api" })
@org.jmolecules.ddd.annotation.Module(name = "Supplier :: Procurement")
@NullMarked
package org.distributionhub.supplier.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

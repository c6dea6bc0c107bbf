/** Supplier profiles, purchase orders sent to suppliers and the acknowledgements, ship notices and invoices they send back. */
@ApplicationModule(displayName = "Supplier", allowedDependencies = { "shared", "platform :: correlation", "platform :: api" })
@org.jmolecules.ddd.annotation.Module(name = "Supplier")
@NullMarked
package org.distributionhub.supplier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/** Stock positions per SKU and warehouse, reservations and expected inbound by date. */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "shared", "platform :: correlation", "platform :: api",
		"platform :: problems", "platform :: folders", "platform :: jdbc", "supplier :: events", "supplier :: api", "order :: events" })
@org.jmolecules.ddd.annotation.Module(name = "Inventory")
@NullMarked
package org.distributionhub.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

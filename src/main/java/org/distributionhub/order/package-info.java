/** Customer orders from the order management system, their allocation, promise dates and warehouse milestones. */
@ApplicationModule(displayName = "Order", allowedDependencies = { "shared", "platform :: correlation", "platform :: api",
		"platform :: problems" })
@org.jmolecules.ddd.annotation.Module(name = "Order")
@NullMarked
package org.distributionhub.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

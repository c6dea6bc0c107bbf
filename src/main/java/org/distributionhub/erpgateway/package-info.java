/** The governed gateway that posts changes to the ERP and reads purchase orders from it. */
@ApplicationModule(displayName = "erp-gateway", allowedDependencies = { "shared", "platform :: correlation",
		"platform :: api", "platform :: folders", "platform :: jdbc", "supplier :: events", "order :: events",
		"inventory :: events" })
@org.jmolecules.ddd.annotation.Module(name = "erp-gateway")
@NullMarked
package org.distributionhub.erpgateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

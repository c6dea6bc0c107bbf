/** The partner directory: supplier profiles, their API keys and item cross-references, and partner authentication. */
@ApplicationModule(displayName = "Supplier :: Partners", allowedDependencies = { "shared", "platform :: correlation", "platform :: api", "platform :: problems", "supplier :: api", "supplier :: events" })
@org.jmolecules.ddd.annotation.Module(name = "Supplier :: Partners")
@NullMarked
package org.distributionhub.supplier.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Message exchange with suppliers: intake on every channel, functional acknowledgements, the partner outbox,
 * folders, webhooks, parked documents and replay, and the partner formats.
 */
@ApplicationModule(displayName = "Supplier :: Exchange", allowedDependencies = { "shared", "platform :: correlation", "platform :: api", "platform :: problems", "platform :: folders", "supplier :: api", "supplier.partners :: api" })
@org.jmolecules.ddd.annotation.Module(name = "Supplier :: Exchange")
@NullMarked
package org.distributionhub.supplier.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

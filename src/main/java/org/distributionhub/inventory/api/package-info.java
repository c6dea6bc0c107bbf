/**
 * Read-only queries other modules (the console) may ask of Inventory: the customer orders backordered on a purchase
 * order's inbound, when each warehouse was last heard from, and the feed rows and warehouse files it refused.
 */
@NamedInterface("api")
@org.jmolecules.architecture.hexagonal.PrimaryPort
@NullMarked
package org.distributionhub.inventory.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

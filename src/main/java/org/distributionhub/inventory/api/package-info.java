/**
 * Read-only queries other modules (the console) may ask of Inventory: the customer orders backordered on a purchase
 * order's inbound, a purchase order's expected inbound, when each warehouse was last heard from, and the feed rows and
 * warehouse files it refused: a port of either side, so the module's stores answer in its records too.
 */
@NamedInterface("api")
@org.jmolecules.architecture.hexagonal.Port
@NullMarked
package org.distributionhub.inventory.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/** What the console may ask of Inventory: read-only queries over expected inbound and stock, without domain types. */
@NamedInterface("api")
@PrimaryPort
@NullMarked
package org.distributionhub.inventory.api;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

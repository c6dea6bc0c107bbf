/** The values the inventory's ports speak in, in and out alike: how a message came, a feed's mode, an intake status. */
@Port
@NullMarked
package org.distributionhub.inventory.ports.model;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;

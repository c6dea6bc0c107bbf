/** Services of the Inventory module that implement its use cases: load, call the aggregate, save, publish; they own the transaction. */
@Application
@NullMarked
package org.distributionhub.inventory.application;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;

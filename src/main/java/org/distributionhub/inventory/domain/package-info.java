/** Aggregates, value objects and rules of the Inventory module; free of Spring, JDBC and HTTP. */
@Application
@NullMarked
package org.distributionhub.inventory.domain;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;

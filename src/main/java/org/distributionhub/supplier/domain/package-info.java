/** Aggregates, value objects and rules of the Supplier module; free of Spring, JDBC and HTTP. */
@Application
@NullMarked
package org.distributionhub.supplier.domain;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;

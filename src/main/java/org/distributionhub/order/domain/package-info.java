/** Aggregates, value objects and rules of the Order module; free of Spring, JDBC and HTTP. */
@Application
@NullMarked
package org.distributionhub.order.domain;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;

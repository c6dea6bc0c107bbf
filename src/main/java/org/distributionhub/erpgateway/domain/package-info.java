/** Aggregates, value objects and rules of the erp-gateway module; free of Spring, JDBC and HTTP. */
@Application
@NullMarked
package org.distributionhub.erpgateway.domain;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.Application;

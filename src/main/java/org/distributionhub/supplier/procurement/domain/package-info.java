/**
 * The purchase order aggregate and its rules, acknowledgements in our terms and the meaning of partners' codes; free
 * of Spring, JDBC and HTTP.
 */
@Application
@NullMarked
package org.distributionhub.supplier.procurement.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;

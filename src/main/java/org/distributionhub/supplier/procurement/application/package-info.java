/**
 * Services of procurement: issuing purchase orders, applying partner documents in our terms, overdue checks,
 * publishing events.
 */
@Application
@NullMarked
package org.distributionhub.supplier.procurement.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;

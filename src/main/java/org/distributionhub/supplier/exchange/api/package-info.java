/**
 * What the other rooms of Supplier use of the exchange: the partner document model, the port documents are applied
 * through, and sending a purchase order.
 */
@NamedInterface("api")
@Port
@NullMarked
package org.distributionhub.supplier.exchange.api;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * What the other rooms of Supplier may read of the partner directory: the partner profile as an immutable record and
 * its lookup.
 */
@NamedInterface("api")
@Port
@NullMarked
package org.distributionhub.supplier.partners.api;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

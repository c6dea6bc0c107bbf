/**
 * Use cases and queries the Supplier module offers its adapters, with their command and view records; those the
 * console may call are marked as part of the named interface {@code api}.
 */
@PrimaryPort
@NullMarked
package org.distributionhub.supplier.ports.in;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The staff API that takes purchase orders in. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.procurement.adapters.in.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/** HTTP endpoints of the Supplier module with their request and response records. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.web;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** HTTP endpoints of the Inventory module with their request and response records. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.in.web;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

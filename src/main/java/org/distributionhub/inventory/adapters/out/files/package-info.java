/** Reads what the warehouse folder intake left in its {@code error/} folders. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.out.files;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

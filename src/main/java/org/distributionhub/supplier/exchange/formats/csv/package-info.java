/** Comma separated files: acknowledgements from dropship portals and purchase orders for suppliers that take files. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.formats.csv;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

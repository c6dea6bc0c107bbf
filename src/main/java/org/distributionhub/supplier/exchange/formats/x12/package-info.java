/** X12: the 855, 856 and 997 readers, the 850 and 997 writers and the envelope checks behind the 997. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.formats.x12;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

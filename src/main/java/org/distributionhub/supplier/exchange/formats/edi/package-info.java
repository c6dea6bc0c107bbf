/** What X12 and EDIFACT share: scanning an interchange into segments with StAEDI, decoding text, locating findings. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.formats.edi;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

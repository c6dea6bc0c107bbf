/** X12 and EDIFACT readers and writers of partner messages, built on StAEDI. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.out.edi;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** EDIFACT: the ORDRSP, DESADV and CONTRL readers, the ORDERS writer and the envelope checks. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.formats.edifact;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/** The JSON payloads of the four posting types, read into records the ERP adapters map to their documents. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.payload;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

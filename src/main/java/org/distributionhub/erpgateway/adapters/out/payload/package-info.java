/**
 * The JSON shape of posting payloads, in one place: the ledger stores it, the REST and file ERPs send it as it is.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.payload;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

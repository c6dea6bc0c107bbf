/** The partner API's JSON: acknowledgements suppliers post to us and purchase orders we post to their webhooks. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.formats.json;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

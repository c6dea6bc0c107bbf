/** Posts messages to partners' webhooks over HTTP. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.out.webhook;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

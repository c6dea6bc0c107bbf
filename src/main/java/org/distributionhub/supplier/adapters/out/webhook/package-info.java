/** Posts messages to partners' webhooks over HTTP. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.out.webhook;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

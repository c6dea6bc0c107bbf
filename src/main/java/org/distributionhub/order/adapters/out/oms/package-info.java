/** The order management system's webhook, called over HTTP for promise changes. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.order.adapters.out.oms;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** HTTP endpoints of the Order module with their request and response records. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.order.adapters.in.web;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

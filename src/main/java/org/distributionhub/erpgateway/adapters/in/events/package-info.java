/** Listeners that turn other modules' events into commands of the erp-gateway module. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.in.events;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

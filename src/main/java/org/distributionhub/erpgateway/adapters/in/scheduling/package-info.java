/** The timer that runs the ERP dispatch rounds. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.in.scheduling;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/** The Order module's timer: flagging dispatches held past their limit. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.order.adapters.in.scheduling;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

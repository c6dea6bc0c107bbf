/** What the erp-gateway module needs from the outside world, named for the need rather than the technology. */
@SecondaryPort
@NullMarked
package org.distributionhub.erpgateway.ports.out;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

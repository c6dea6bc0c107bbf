/** The correlation id of the flow the current thread works for, for adapters that start or continue a flow. */
@NamedInterface("correlation")
@Port
@NullMarked
package org.distributionhub.platform.correlation;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

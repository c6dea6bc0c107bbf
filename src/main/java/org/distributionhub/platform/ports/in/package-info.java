/** Use cases the platform's own adapters drive: guarding each listener delivery and the automatic retry round. */
@PrimaryPort
@NullMarked
package org.distributionhub.platform.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

/** Hands due publications back to Spring Modulith for another delivery. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.modulith;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

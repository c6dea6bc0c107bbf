/** What the console's core needs from outside: a store of console users. */
@SecondaryPort
@NullMarked
package org.distributionhub.console.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

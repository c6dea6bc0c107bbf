/** What the console's core needs from outside: a store of console users and counters of what happens to them. */
@SecondaryPort
@NullMarked
package org.distributionhub.console.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

/** What the console's web adapters may ask of its core: sign a user in, their own account, manage console users, list incidents. */
@PrimaryPort
@NullMarked
package org.distributionhub.console.ports.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;

/** What the platform needs: the publication registry's tables, the inbox, the attempt ledger, the audit trail. */
@SecondaryPort
@NullMarked
package org.distributionhub.platform.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

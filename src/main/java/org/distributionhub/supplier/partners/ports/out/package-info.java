/** What the partner directory needs stored: profiles, API key hashes, which partner files were imported. */
@SecondaryPort
@NullMarked
package org.distributionhub.supplier.partners.ports.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;

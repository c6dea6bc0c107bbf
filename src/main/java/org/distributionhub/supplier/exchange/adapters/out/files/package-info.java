/** The partners' exchange folders on the local (or mounted) file system. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.out.files;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

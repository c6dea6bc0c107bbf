/** The partners' exchange folders on the local (or mounted) file system. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.out.files;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

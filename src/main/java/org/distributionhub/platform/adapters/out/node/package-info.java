/** Where the node id is kept between starts: configured, or generated once into a file under the data directory. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.platform.adapters.out.node;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

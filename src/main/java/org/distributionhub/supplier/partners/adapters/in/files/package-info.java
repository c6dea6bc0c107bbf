/** Partner profiles in config/partners (profile YAML, items CSV), read at start and on demand. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.partners.adapters.in.files;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

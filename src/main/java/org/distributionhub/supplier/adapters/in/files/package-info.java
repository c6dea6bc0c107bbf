/** Reads the partner files in config/partners (profile YAML, items CSV) at start and on demand, and hands them to the import use case. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.files;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

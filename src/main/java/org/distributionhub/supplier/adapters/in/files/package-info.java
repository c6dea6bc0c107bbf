/** Partner files: the partners' inbox folders (each complete file goes to the message intake) and the partner
 * profiles in config/partners (profile YAML, items CSV) read at start and on demand. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.files;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** The warehouse folder: CSV warehouse events and inventory feeds dropped in inbox folders, archived with a report. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.inventory.adapters.in.files;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

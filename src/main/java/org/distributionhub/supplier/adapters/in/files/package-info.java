/** Watches the partners' inbox folders and hands each complete file to the partner message intake. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.adapters.in.files;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

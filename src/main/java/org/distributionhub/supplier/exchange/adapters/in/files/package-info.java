/** The partners' inbox folders: each complete file goes to the message intake. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.supplier.exchange.adapters.in.files;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/** The ERP as a folder: one JSON file per posting, for an ERP that imports files or for running without an ERP. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.file;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

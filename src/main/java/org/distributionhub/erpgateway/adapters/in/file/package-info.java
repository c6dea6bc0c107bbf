/** The file ERP's inbox: one JSON file per purchase order, taken in, then archived or set aside with the reason. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.in.file;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

/** JSON over HTTP for the ERP adapters, with the ERP's answers sorted into transient and permanent failures. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.http;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

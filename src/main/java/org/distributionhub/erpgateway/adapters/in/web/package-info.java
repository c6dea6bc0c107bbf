/** HTTP endpoints of the erp-gateway module with their request and response records. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.in.web;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

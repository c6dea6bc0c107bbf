/** Use cases and queries the erp-gateway module offers its adapters, with their command and view records. */
@PrimaryPort
@NullMarked
package org.distributionhub.erpgateway.ports.in;

import org.jspecify.annotations.NullMarked;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

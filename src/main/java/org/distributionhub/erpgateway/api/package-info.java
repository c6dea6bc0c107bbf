/** What the console may call of the erp-gateway: the posting ledger, the operators' actions on it and the ERP's health. */
@NamedInterface("api")
@PrimaryPort
@NullMarked
package org.distributionhub.erpgateway.api;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/** The ERP's health for the actuator and the start-up log. */
@PrimaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.in.health;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;

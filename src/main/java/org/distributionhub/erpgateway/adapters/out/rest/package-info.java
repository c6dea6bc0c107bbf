/** A generic REST ERP: one URL and JSON body template per posting type, our reference sent along and looked up. */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.rest;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

/**
 * ERPNext (Frappe) as the ERP (hub.erp.adapter=erpnext): documents created through /api/resource and submitted,
 * receipts and deliveries made from their orders, our reference in a custom field; confirmed purchase orders are read
 * back by polling.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.erpnext;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

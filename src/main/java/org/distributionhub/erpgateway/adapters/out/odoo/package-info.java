/**
 * Odoo as the ERP (hub.erp.adapter=odoo): JSON-2 for Odoo 19 and later, JSON-RPC execute_kw for older versions;
 * postings become purchase order writes, validated pickings and posted invoices, and confirmed purchase orders are
 * read back by polling.
 */
@SecondaryAdapter
@NullMarked
package org.distributionhub.erpgateway.adapters.out.odoo;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;

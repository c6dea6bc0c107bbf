package org.distributionhub.erpgateway.ports.out;

import java.util.List;

import org.distributionhub.erpgateway.domain.Watermark;

/** The ERP's confirmed purchase orders, read by polling from a watermark. */
public interface ErpPurchaseOrders {

	/** The name the watermark is kept under, e.g. odoo or erpnext. */
	String source();

	/**
	 * Confirmed orders changed after the watermark, or at its time but not among its ids, oldest change first and by
	 * id within a time, at most {@code limit}. May end with {@link ErpCallFailed} when the ERP cannot be read.
	 */
	List<ErpPurchaseOrder> changedSince(Watermark watermark, int limit);
}

package org.distributionhub.inventory.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The customer order lines backordered on the SKU and location of purchase order lines still expected: the orders
 * pegged to that inbound, which wait for it.
 */
public interface FindPeggedOrders {

	/** For each of the purchase orders named (by number), its pegged orders, one row per order and purchase order. */
	List<PeggedOrder> peggedTo(Collection<String> poNumbers);

	/** An order waiting on a purchase order's inbound, with the earliest promise date among its waiting lines. */
	record PeggedOrder(String supplierId, String poNumber, String orderId, @Nullable LocalDate promiseDate) {
	}
}

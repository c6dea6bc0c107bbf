package org.distributionhub.inventory.ports.in;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Physical stock movements reported by the warehouse or an inventory feed, applied to the positions per SKU and
 * warehouse inside the caller's transaction. Every change of on hand re-allocates: waiting backorders take stock
 * that became free (oldest first), and if on hand fell below what is reserved, the newest reservations become
 * backorders again. Unknown SKUs or warehouses are refused with an {@link IllegalArgumentException} naming them.
 */
public interface MoveStock {

	/** Received goods go on hand (a SKU first seen here becomes known). */
	void receive(CorrelationId correlationId, String warehouse, List<Movement> lines);

	/** A signed correction of on hand; on hand never goes below zero. Returns on hand after the change. */
	Quantity adjust(CorrelationId correlationId, String warehouse, Sku sku, BigDecimal change);

	/** On hand as an inventory feed states it (a SKU first seen here becomes known). Returns the signed change. */
	BigDecimal set(CorrelationId correlationId, String warehouse, Sku sku, Quantity onHand);

	/** SKUs with stock in the warehouse that a full feed did not list: their on hand is set to zero by the caller. */
	List<Sku> stockedSkus(String warehouse);

	/** Goods left the warehouse for an order: on hand goes down and the order line's reservation is consumed. */
	void dispatch(CorrelationId correlationId, String orderId, String warehouse, List<OrderMovement> lines);

	/** The order as inventory allocated it (its warehouse and lines), if inventory has seen it. */
	Optional<AllocatedOrder> findOrder(String orderId);

	boolean isKnownWarehouse(String warehouse);

	boolean isKnownSku(Sku sku);

	/** A quantity of a SKU. */
	record Movement(Sku sku, Quantity quantity) {
	}

	/** A quantity of one order line. */
	record OrderMovement(int lineNumber, Sku sku, Quantity quantity) {
	}

	/** An order inventory knows: where it is allocated and the SKU and quantity of each line. */
	record AllocatedOrder(String orderId, String warehouse, List<OrderMovement> lines) {

		public AllocatedOrder {
			lines = List.copyOf(lines);
		}
	}
}

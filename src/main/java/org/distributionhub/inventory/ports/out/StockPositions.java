package org.distributionhub.inventory.ports.out;

import java.util.List;
import java.util.Optional;

import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.domain.StockPosition;
import org.distributionhub.inventory.domain.StockPositionSnapshot;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/**
 * Stock positions per warehouse and SKU. Callers make sure a position exists ({@link #addIfAbsent}) and lock it for
 * the rest of their transaction; several positions are locked in {@link PositionKey} order.
 */
public interface StockPositions {

	/** Stores the position as it is unless it is stored already, also when another transaction adds it now. */
	void addIfAbsent(StockPosition position);

	/** The position, locked until the transaction ends. */
	Optional<StockPosition> lock(PositionKey key);

	/** Stores a position that was locked in this transaction. */
	void save(StockPositionSnapshot position);

	/** Whether any warehouse has a position of the SKU or any purchase order line expects it. */
	boolean isKnown(Sku sku);

	/** The unit the SKU is kept in: a position of it elsewhere, else its expected inbound. */
	Optional<UnitOfMeasure> unitOf(Sku sku);

	/** SKUs with stock on hand in the warehouse. */
	List<Sku> stocked(String warehouse);

	/** Positions of the SKU and warehouse (either may be left out), by SKU and warehouse; not locked. */
	List<StockPositionSnapshot> find(@Nullable Sku sku, @Nullable String warehouse);
}

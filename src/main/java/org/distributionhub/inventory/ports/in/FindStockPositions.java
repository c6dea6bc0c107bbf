package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** Stock positions with what can be promised from them, by SKU and warehouse. */
public interface FindStockPositions {

	/** The positions of the SKU and of the warehouse (either, both or neither given), by SKU and warehouse. */
	List<StockPositionView> find(@Nullable Sku sku, @Nullable String warehouse);

	/** Whether orders and the warehouse may name this warehouse. */
	boolean isKnownWarehouse(String warehouse);
}

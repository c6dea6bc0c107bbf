package org.distributionhub.inventory.application;

import java.util.function.Function;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;

/** The unit each SKU's stock is kept in, for feed rows that name none and for zeroing what a full feed left out. */
@FunctionalInterface
interface StockUnits {

	/** For one feed of the warehouse: the SKU's unit there, else elsewhere, else EA. */
	Function<Sku, UnitOfMeasure> of(String warehouse);
}

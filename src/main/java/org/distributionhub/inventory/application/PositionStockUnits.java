package org.distributionhub.inventory.application;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.stereotype.Component;

/** Reads the units of a warehouse's positions once per feed; a SKU not stocked there is looked up on its own. */
@Component
class PositionStockUnits implements StockUnits {

	private final StockPositions positions;

	PositionStockUnits(StockPositions positions) {
		this.positions = positions;
	}

	@Override
	public Function<Sku, UnitOfMeasure> of(String warehouse) {
		Map<Sku, UnitOfMeasure> units = new HashMap<>();
		positions.find(null, warehouse).forEach(it -> units.put(it.key().sku(), it.unit()));
		return sku -> units.computeIfAbsent(sku, it -> positions.unitOf(it).orElse(UnitOfMeasure.EACH));
	}
}

package org.distributionhub.inventory.application;

import java.util.List;

import org.distributionhub.inventory.domain.Pegging;
import org.distributionhub.inventory.domain.StockPositionSnapshot;
import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.StockPositionView;
import org.distributionhub.inventory.ports.in.StockPositionView.AvailableView;
import org.distributionhub.inventory.ports.in.StockPositionView.AvailableView.Source;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads positions and pegs their backorders against dated expected inbound to say what can still be promised. */
@Service
class StockPositionQueries implements FindStockPositions {

	private final StockPositions positions;
	private final ExpectedInbounds inbounds;
	private final InventoryWarehouseProperties warehouses;

	StockPositionQueries(StockPositions positions, ExpectedInbounds inbounds, InventoryWarehouseProperties warehouses) {
		this.positions = positions;
		this.inbounds = inbounds;
		this.warehouses = warehouses;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StockPositionView> find(@Nullable Sku sku, @Nullable String warehouse) {
		return positions.find(sku, warehouse).stream().map(this::view).toList();
	}

	@Override
	public boolean isKnownWarehouse(String warehouse) {
		return warehouses.isKnown(warehouse);
	}

	private StockPositionView view(StockPositionSnapshot position) {
		var key = position.key();
		var inbound = inbounds.expecting(key.sku(), key.warehouse())
			.stream()
			.flatMap(it -> it.expected().deliveries().stream())
			.toList();
		var available = Pegging.of(inbound, position.unit())
			.availableToPromise(position.free(), position.backordered())
			.stream()
			.map(it -> new AvailableView(it.date() == null ? Source.ON_HAND : Source.INBOUND, it.date(), it.amount()))
			.toList();
		return new StockPositionView(key.sku().code(), key.warehouse(), position.unit().code(), position.onHand(),
				position.reserved(), position.free(), position.backordered(), available);
	}
}

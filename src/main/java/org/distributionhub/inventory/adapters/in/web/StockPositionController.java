package org.distributionhub.inventory.adapters.in.web;

import java.util.List;

import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.StockPositionView;
import org.distributionhub.platform.problems.InvalidParameter;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock positions for staff and planning tools: per SKU and warehouse on hand, reserved, free, backordered and what
 * can be promised by date. A bad query is a 400 naming the parameter.
 */
@RestController
class StockPositionController {

	static final String PATH = "/api/v1/inventory/positions";

	private final FindStockPositions positions;

	StockPositionController(FindStockPositions positions) {
		this.positions = positions;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	List<StockPositionView> find(@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String warehouse) {
		if (sku == null && warehouse == null) {
			throw new InvalidParameter("sku", "Give a sku, a warehouse or both");
		}
		Sku wanted = null;
		if (sku != null) {
			try {
				wanted = new Sku(sku);
			}
			catch (IllegalArgumentException invalid) {
				throw new InvalidParameter("sku", invalid.getMessage());
			}
		}
		String place = null;
		if (warehouse != null) {
			place = warehouse.strip();
			if (!positions.isKnownWarehouse(place)) {
				throw new InvalidParameter("warehouse", "Warehouse '" + place + "' is not one of ours");
			}
		}
		return positions.find(wanted, place);
	}
}

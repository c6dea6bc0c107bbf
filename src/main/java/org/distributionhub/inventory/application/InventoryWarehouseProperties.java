package org.distributionhub.inventory.application;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The warehouses inventory keeps stock in ({@code hub.inventory.warehouses}, codes as orders and the warehouse name
 * them; MAIN if none are set). Other settings under {@code hub.inventory} belong to other parts of the module.
 */
@ConfigurationProperties("hub.inventory")
public record InventoryWarehouseProperties(List<String> warehouses) {

	public InventoryWarehouseProperties {
		warehouses = warehouses == null || warehouses.isEmpty() ? List.of("MAIN")
				: warehouses.stream().map(String::strip).filter(it -> !it.isEmpty()).distinct().toList();
	}

	public boolean isKnown(String warehouse) {
		return warehouse != null && warehouses.contains(warehouse.strip());
	}
}

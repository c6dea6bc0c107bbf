package org.distributionhub.erpgateway.application;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.erp.purchase-orders.*: reading confirmed purchase orders from the ERP every poll-interval, batch-size at a time;
 * suppliers maps the ERP's partner code or id to our supplier id (without an entry the code is our id), units the
 * ERP's unit names to X12 codes (added to the built-in Units, Unit(s), Nos, kg, Dozens), ship-tos the ERP's
 * warehouses to our ship-to codes (without an entry the warehouse is the code), default-ship-to what an order without
 * a warehouse goes to.
 */
@ConfigurationProperties("hub.erp.purchase-orders")
public record PurchaseOrderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration pollInterval,
		@DefaultValue("100") int batchSize, @Nullable Map<String, String> suppliers, @Nullable Map<String, String> units,
		@Nullable Map<String, String> shipTos, @Nullable String defaultShipTo) {

	public PurchaseOrderProperties {
		suppliers = suppliers == null ? Map.of() : Map.copyOf(suppliers);
		units = units == null ? Map.of() : Map.copyOf(units);
		shipTos = shipTos == null ? Map.of() : Map.copyOf(shipTos);
		if (batchSize < 1) {
			throw new IllegalArgumentException("hub.erp.purchase-orders.batch-size must be at least 1");
		}
	}
}

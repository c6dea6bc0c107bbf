package org.distributionhub.console.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.operations.*: when waiting becomes an incident (an ERP posting unsent, a warehouse silent, an order without its
 * allocation), how far back refusals count, and how many incidents of one kind are read at most.
 */
@ConfigurationProperties("hub.operations")
public record OperationsProperties(@DefaultValue("15m") Duration erpPendingAfter,
		@DefaultValue("1h") Duration inventorySyncLag, @DefaultValue("15m") Duration allocationOverdueAfter,
		@DefaultValue("24h") Duration failureWindow, @DefaultValue("200") int maxPerKind) {
}

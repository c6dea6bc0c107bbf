package org.distributionhub.inventory.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * The quantity on hand of a SKU in a warehouse was corrected (a count, damage, a full or delta inventory feed):
 * {@code change} is signed, {@code onHand} is the quantity after it, {@code source} says where it came from
 * (WAREHOUSE_EVENT, FEED_FULL, FEED_DELTA) and {@code reference} which message or file row.
 */
public record StockAdjusted(UUID eventId, CorrelationId correlationId, String warehouse, Sku sku, BigDecimal change,
		Quantity onHand, String reason, String source, String reference, Instant adjustedAt)
		implements IntegrationEvent {
}

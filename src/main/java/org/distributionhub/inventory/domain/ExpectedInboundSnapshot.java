package org.distributionhub.inventory.domain;

import java.util.List;

import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An expected inbound's state as a whole, for storing and restoring it; {@code revision} 0 means no purchase order
 * revision was applied yet, {@code acknowledged} that the planned schedule is the supplier's, {@code receipts} what
 * the warehouse received of the line.
 */
@ValueObject
public record ExpectedInboundSnapshot(PurchaseOrderLine line, Sku sku, String location, int revision,
		boolean acknowledged, List<Delivery> planned, List<Shipment> shipments, List<Receipt> receipts) {

	public ExpectedInboundSnapshot {
		if (location.isBlank()) {
			throw new IllegalArgumentException("An expected inbound needs a location");
		}
		if (revision < 0) {
			throw new IllegalArgumentException("A purchase order revision is not negative, was " + revision);
		}
		planned = List.copyOf(planned);
		shipments = List.copyOf(shipments);
		receipts = List.copyOf(receipts);
	}

	/** A line nothing was received of yet. */
	public ExpectedInboundSnapshot(PurchaseOrderLine line, Sku sku, String location, int revision,
			boolean acknowledged, List<Delivery> planned, List<Shipment> shipments) {
		this(line, sku, location, revision, acknowledged, planned, shipments, List.of());
	}

	static ExpectedInboundSnapshot unknown(PurchaseOrderLine line, Sku sku, String location) {
		return new ExpectedInboundSnapshot(line, sku, location, 0, false, List.of(), List.of());
	}
}

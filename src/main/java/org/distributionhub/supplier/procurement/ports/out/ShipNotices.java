package org.distributionhub.supplier.procurement.ports.out;

import java.util.UUID;

/** Ship notices already taken in, so a re-sent one is recognised. */
public interface ShipNotices {

	/** Records the shipment; false when this supplier's shipment id was recorded before. */
	boolean recordFirst(String supplierId, String shipmentId, UUID messageId);
}

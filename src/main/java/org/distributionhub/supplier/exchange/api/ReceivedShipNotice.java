package org.distributionhub.supplier.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A ship notice as the partner sent it (X12 856, EDIFACT DESADV): the shipment id (BSN02), ship and expected
 * delivery dates, and the items shipped per purchase order, flattened from the HL tree whatever its order
 * (S-O-P-I or S-O-I-P). Pack ids (SSCC-18) are kept with their item.
 */
public record ReceivedShipNotice(String documentId, String shipmentId, @Nullable LocalDate shipDate,
		@Nullable LocalDate expectedDelivery, List<Item> items) implements PartnerDocument {

	public ReceivedShipNotice {
		items = List.copyOf(items);
	}

	/** One shipped item: the PO it belongs to (PRF01 of its order level), the line if given, ids and quantity. */
	public record Item(String poNumber, @Nullable String lineNumber, List<PartnerItemId> items,
			BigDecimal quantity, @Nullable String unit, @Nullable String packId) {

		public Item {
			items = List.copyOf(items);
		}
	}
}

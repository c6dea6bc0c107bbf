package org.distributionhub.supplier.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A ship notice as the partner sent it (X12 856, EDIFACT DESADV): the shipment id (BSN02), ship and expected
 * delivery dates, and the items shipped per purchase order, flattened from the HL tree whatever its order and depth
 * (S-O-I, S-O-P-I, S-O-I-P, S-T-O-I, S-O-T-P-I) or from the DESADV packing levels. Pack ids (SSCC-18) are kept with
 * their item; one notice may ship several purchase orders.
 */
public record ReceivedShipNotice(String documentId, String shipmentId, @Nullable LocalDate shipDate,
		@Nullable LocalDate expectedDelivery, List<Item> items) implements PartnerDocument {

	public ReceivedShipNotice {
		items = List.copyOf(items);
	}

	/**
	 * One shipped item: the PO it belongs to (its own LIN PO/ON or PRF, else the PRF01 of the level above, the
	 * DESADV RFF+ON), the line number the notice gives (its own numbering unless it names the order's line), ids and
	 * quantity.
	 */
	public record Item(String poNumber, @Nullable String lineNumber, List<PartnerItemId> items,
			BigDecimal quantity, @Nullable String unit, @Nullable String packId) {

		public Item {
			items = List.copyOf(items);
		}
	}
}

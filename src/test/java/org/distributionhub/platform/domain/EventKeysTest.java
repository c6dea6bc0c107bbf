package org.distributionhub.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.domain.EventKeys.KeyKind;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.ShipNoticeReceived;
import org.junit.jupiter.api.Test;

class EventKeysTest {

	@Test
	void anEventIsIndexedByItsFlowAndTheObjectsItsLinesName() {
		var notice = new ShipNoticeReceived(UUID.randomUUID(), new CorrelationId("flow-1"), "acme", "SHIP-1", null,
				LocalDate.of(2026, 12, 9),
				List.of(new ShipNoticeReceived.Line("PO-1", "1", new Sku("A-1"), "MAIN", Quantity.of(3, UnitOfMeasure.EACH)),
						new ShipNoticeReceived.Line("PO-2", "1", new Sku("A-1"), "MAIN",
								Quantity.of(2, UnitOfMeasure.EACH))));

		assertThat(EventKeys.of(notice)).containsExactly(entry("flow-1", KeyKind.CORRELATION),
				entry("SHIP-1", KeyKind.SHIPMENT), entry("PO-1", KeyKind.PURCHASE_ORDER), entry("A-1", KeyKind.SKU),
				entry("PO-2", KeyKind.PURCHASE_ORDER));
	}

	@Test
	void anAcknowledgementIdNamesItsMessageAndAnythingElseIsNotAKey() {
		record Answer(String acknowledgementId, String supplierId, String note) {
		}

		assertThat(EventKeys.of(new Answer("4b0c5d0e-0f0e-4c0e-9f0e-0e0e0e0e0e0e/2", "acme", "x")))
			.containsExactly(entry("4b0c5d0e-0f0e-4c0e-9f0e-0e0e0e0e0e0e", KeyKind.PARTNER_MESSAGE));
	}
}

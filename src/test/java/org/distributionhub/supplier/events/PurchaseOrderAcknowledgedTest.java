package org.distributionhub.supplier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.StateVersion;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged.ScheduledQuantity;
import org.junit.jupiter.api.Test;

class PurchaseOrderAcknowledgedTest {

	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);

	@Test
	void everyListedLineIsStatedAtThePurchaseOrdersVersion() {
		var event = acknowledged(7, "1", "3");

		assertThat(event.states()).containsExactly(new StateVersion("purchase-order-line:ACME/PO-9/1", 7),
				new StateVersion("purchase-order-line:ACME/PO-9/3", 7));
	}

	@Test
	void narrowedToSomeLinesItKeepsEverythingElse() {
		var event = acknowledged(7, "1", "3");

		var narrowed = event.onlyFor(Set.of(PurchaseOrderAcknowledged.lineObject("ACME", "PO-9", "3")));

		assertThat(narrowed.lines()).extracting(PurchaseOrderAcknowledged.Line::lineNumber).containsExactly("3");
		assertThat(narrowed).usingRecursiveComparison().ignoringFields("lines").isEqualTo(event);
	}

	@Test
	void anEventStoredBeforeLinesHadVersionsStatesNothing() {
		assertThat(acknowledged(0, "1").states()).isEmpty();
	}

	private static PurchaseOrderAcknowledged acknowledged(long version, String... lineNumbers) {
		var each = UnitOfMeasure.EACH;
		return new PurchaseOrderAcknowledged(UUID.randomUUID(), CorrelationId.random(), "ACME", "PO-9", "WH1", "ACK",
				"API", List.of(lineNumbers).stream()
					.map(number -> new PurchaseOrderAcknowledged.Line(number, new Sku("S-" + number),
							Set.of(LineOutcome.QUANTITY_CHANGED), Quantity.of(10, each), Quantity.of(5, each), MAY_4,
							MAY_4, null, null, List.of(new ScheduledQuantity(Quantity.of(10, each), MAY_4)),
							List.of(new ScheduledQuantity(Quantity.of(5, each), MAY_4)), null, null))
					.toList(),
				version);
	}
}

package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InvoiceAfterShipmentsRuleTest {

	private final CustomerInvoice invoice = new CustomerInvoice("SO-9", "CUST-7", null, null, "O-9", "web", "INV-1",
			List.of("SHP-1", "SHP-2"), null, List.of(new CustomerInvoice.Line(1, "A-1", BigDecimal.ONE, "EA", null)));

	@Test
	void anInvoiceWaitsForTheShipmentPostingOfEveryShipmentItBills() {
		assertThat(InvoiceAfterShipmentsRule.prerequisitesOf(invoice)).containsExactly(
				new Prerequisite("shipment:O-9:SHP-1", "the shipment posting of SHP-1"),
				new Prerequisite("shipment:O-9:SHP-2", "the shipment posting of SHP-2"));
	}

	@Test
	void theInvoiceIsRecordedUnderItsOrderOnlyOnceEveryShipmentIs() {
		var request = PostingRequest.customerInvoice(invoice);

		assertThat(request.keys()).isEqualTo(new PostingKeys("SO:O-9", "invoice:O-9:INV-1"));
		var missing = request.firstMissing(Set.of("shipment:O-9:SHP-1")::contains);
		assertThat(missing).map(Prerequisite::idempotencyKey).contains("shipment:O-9:SHP-2");
		assertThat(request.waitingFor(missing.orElseThrow())).isEqualTo("The customer invoice invoice:O-9:INV-1 of "
				+ "SO:O-9 is waiting for the shipment posting of SHP-2 (shipment:O-9:SHP-2)");
		assertThat(request.firstMissing(Set.of("shipment:O-9:SHP-1", "shipment:O-9:SHP-2")::contains)).isEmpty();
	}

	@Test
	void theShipmentsAreKeyedAsTheInvoiceExpectsThem() {
		var shipment = new Shipment("SO-9", null, "O-9", "web", "CUST-7", "SHP-2", "WH-1", null,
				List.of(new MovementLine("1", "A-1", BigDecimal.ONE, "EA")));

		assertThat(PostingRequest.shipment(shipment).keys()).isEqualTo(new PostingKeys("SO:O-9", "shipment:O-9:SHP-2"));
		assertThat(PostingRequest.shipment(shipment).requires()).isEmpty();
	}
}

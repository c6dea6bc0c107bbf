package org.distributionhub.inventory.adapters.in.web;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.in.DatedQuantity;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.in.RecordShipment;
import org.distributionhub.inventory.ports.in.RecordShipment.RecordShipmentCommand;
import org.distributionhub.inventory.ports.in.RescheduleInbound;
import org.distributionhub.inventory.ports.in.RescheduleInbound.RescheduleInboundCommand;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The expected inbound read API over real data: the JSON a planner gets, the problem for a bad query. Security is
 * left out here (staff authentication belongs to another chain) except to show an anonymous caller is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
class ExpectedInboundApiIT {

	private static final String PATH = "/api/v1/inventory/expected-inbound";
	private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);
	private static final LocalDate MAY_11 = LocalDate.of(2027, 5, 11);

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	RecordPurchaseOrderLines purchaseOrders;

	@Autowired
	RescheduleInbound acknowledgements;

	@Autowired
	RecordShipment shipments;

	private final String supplier = "S-" + UUID.randomUUID().toString().substring(0, 8);
	private final Sku sku = new Sku("SKU-" + UUID.randomUUID().toString().substring(0, 8));

	@BeforeEach
	void twoOrdersAtTwoLocationsOneAcknowledgedAndShipped() {
		var flow = CorrelationId.random();
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(flow, supplier, "PO-1", 1, "DC-EAST",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", sku, ea(100), MAY_4))));
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(flow, supplier, "PO-2", 1, "DC-WEST",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", sku, ea(7), MAY_11))));
		acknowledgements.reschedule(new RescheduleInboundCommand(flow, supplier, "PO-1", "DC-EAST",
				List.of(new RescheduleInboundCommand.Line("1", sku,
						List.of(new DatedQuantity(ea(60), MAY_4), new DatedQuantity(ea(40), null))))));
		shipments.record(new RecordShipmentCommand(flow, supplier, "ASN-1", MAY_11,
				List.of(new RecordShipmentCommand.Line("PO-1", "1", sku, "DC-EAST", ea(25)))));
	}

	@Test
	void aLocationShowsOpenAndInTransitQuantitiesByDateWithUndatedBackordersLast() throws Exception {
		mvc.perform(get(PATH).param("sku", sku.code()).param("location", "DC-EAST"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.sku").value(sku.code()))
			.andExpect(jsonPath("$.locations.length()").value(1))
			.andExpect(jsonPath("$.locations[0].location").value("DC-EAST"))
			.andExpect(jsonPath("$.locations[0].byDate.length()").value(3))
			.andExpect(jsonPath("$.locations[0].byDate[0].date").value("2027-05-04"))
			.andExpect(jsonPath("$.locations[0].byDate[0].open").value(35))
			.andExpect(jsonPath("$.locations[0].byDate[0].inTransit").value(0))
			.andExpect(jsonPath("$.locations[0].byDate[1].date").value("2027-05-11"))
			.andExpect(jsonPath("$.locations[0].byDate[1].inTransit").value(25))
			.andExpect(jsonPath("$.locations[0].byDate[1].total").value(25))
			.andExpect(jsonPath("$.locations[0].byDate[2].date").value(nullValue()))
			.andExpect(jsonPath("$.locations[0].byDate[2].open").value(40))
			.andExpect(jsonPath("$.locations[0].byDate[2].unit").value("EA"))
			.andExpect(jsonPath("$.locations[0].totals[0].unit").value("EA"))
			.andExpect(jsonPath("$.locations[0].totals[0].open").value(75))
			.andExpect(jsonPath("$.locations[0].totals[0].inTransit").value(25))
			.andExpect(jsonPath("$.locations[0].totals[0].total").value(100))
			.andExpect(jsonPath("$.locations[0].lines[0].supplierId").value(supplier))
			.andExpect(jsonPath("$.locations[0].lines[0].poNumber").value("PO-1"))
			.andExpect(jsonPath("$.locations[0].lines[0].revision").value(1));
	}

	@Test
	void withoutALocationEveryLocationExpectingTheSkuIsListed() throws Exception {
		mvc.perform(get(PATH).param("sku", sku.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locations[*].location").value(org.hamcrest.Matchers.contains("DC-EAST", "DC-WEST")))
			.andExpect(jsonPath("$.locations[1].totals[0].total").value(7));
	}

	@Test
	void aSkuNothingIsExpectedOfGetsAnEmptyList() throws Exception {
		mvc.perform(get(PATH).param("sku", "NOTHING-" + sku.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locations.length()").value(0));
	}

	@Test
	void aMissingOrBlankSkuIsABadRequestProblem() throws Exception {
		mvc.perform(get(PATH))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(PATH).param("sku", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("sku: A SKU must not be blank"));
	}

	@Test
	void anAnonymousCallerIsRefused() throws Exception {
		var secured = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();

		secured.perform(get(PATH).param("sku", sku.code())).andExpect(status().isUnauthorized());
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}

package org.distributionhub.inventory.adapters.in.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
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
 * The stock positions read API over real data: per SKU and warehouse what is on hand, reserved, free and
 * backordered, what can be promised by date, and the problem a bad query gets. Security is left out here except to
 * show an anonymous caller is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
class StockPositionApiIT {

	private static final String PATH = "/api/v1/inventory/positions";
	private static final LocalDate JULY_1 = LocalDate.of(2027, 7, 1);
	private static final LocalDate JULY_8 = LocalDate.of(2027, 7, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MoveStock stock;

	@Autowired
	AllocateOrders allocation;

	@Autowired
	RecordPurchaseOrderLines purchaseOrders;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku sku = new Sku("API-" + run);
	private final CorrelationId flow = CorrelationId.random();

	/** MAIN: 10 on hand, 14 ordered, inbound 3 on July 1 and 6 on July 8; WH-1: 2 on hand, nothing ordered. */
	@BeforeEach
	void stockOrdersAndInbound() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(10))));
		stock.receive(flow, "WH-1", List.of(new MoveStock.Movement(sku, ea(2))));
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(flow, "ACME", "PO-" + run, 1, "MAIN",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", sku, ea(3), JULY_1),
						new RecordPurchaseOrderLinesCommand.Line("2", sku, ea(6), JULY_8))));
		allocation.allocate(new AllocateOrderCommand(flow, "API-1-" + run, "MAIN", 1,
				List.of(new AllocateOrderCommand.Line(1, sku, ea(8)))));
		allocation.allocate(new AllocateOrderCommand(flow, "API-2-" + run, "MAIN", 1,
				List.of(new AllocateOrderCommand.Line(1, sku, ea(6)))));
	}

	@Test
	void aPositionShowsItsStockAndWhatCanBePromisedByDate() throws Exception {
		mvc.perform(get(PATH).param("sku", sku.code()).param("warehouse", "MAIN"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].sku").value(sku.code()))
			.andExpect(jsonPath("$[0].warehouse").value("MAIN"))
			.andExpect(jsonPath("$[0].unit").value("EA"))
			.andExpect(jsonPath("$[0].onHand").value(10))
			.andExpect(jsonPath("$[0].reserved").value(10))
			.andExpect(jsonPath("$[0].free").value(0))
			.andExpect(jsonPath("$[0].backordered").value(4))
			.andExpect(jsonPath("$[0].availableToPromise.length()").value(3))
			.andExpect(jsonPath("$[0].availableToPromise[0].source").value("ON_HAND"))
			.andExpect(jsonPath("$[0].availableToPromise[0].date").value(nullValue()))
			.andExpect(jsonPath("$[0].availableToPromise[0].quantity").value(0))
			.andExpect(jsonPath("$[0].availableToPromise[1].source").value("INBOUND"))
			.andExpect(jsonPath("$[0].availableToPromise[1].date").value("2027-07-01"))
			.andExpect(jsonPath("$[0].availableToPromise[1].quantity").value(0))
			.andExpect(jsonPath("$[0].availableToPromise[2].date").value("2027-07-08"))
			.andExpect(jsonPath("$[0].availableToPromise[2].quantity").value(5));
	}

	@Test
	void aSkuIsListedInEveryWarehouseThatKeepsIt() throws Exception {
		mvc.perform(get(PATH).param("sku", sku.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].warehouse").value(contains("MAIN", "WH-1")))
			.andExpect(jsonPath("$[1].free").value(2))
			.andExpect(jsonPath("$[1].availableToPromise.length()").value(1));
		mvc.perform(get(PATH).param("sku", "NOTHING-" + run))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aBadQueryIsAProblemNamingTheParameter() throws Exception {
		mvc.perform(get(PATH).param("sku", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].path").value("sku"))
			.andExpect(jsonPath("$.detail").value("sku: A SKU must not be blank"));
		mvc.perform(get(PATH).param("sku", sku.code()).param("warehouse", "NOWHERE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].path").value("warehouse"));
		mvc.perform(get(PATH))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].path").value("sku"));
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

package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockBackordered.BackorderedLine;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.order.events.StockReserved.ReservedLine;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Orders pages over real orders: placed through the order API, allocated by inventory's answers (published here
 * as Inventory would), picked and dispatched by the warehouse. The console shows their states, what they wait for and
 * their promise changes; a shipped order reaches the ERP ledger as its shipment and then its invoice.
 */
@SpringBootTest(properties = "hub.erp.dispatch.enabled=false")
@AutoConfigureMockMvc
class OrdersConsoleIT {

	/** Above any version the real Inventory module gives these made-up SKUs (it refuses them as unknown). */
	static final long ANSWER_VERSION = 100;

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	FindOrders orders;

	@Autowired
	FindPostings postings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();
	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String reserved = "web:SO-" + run + "-R";
	private final String backordered = "web:SO-" + run + "-B";

	@Test
	void theConsoleShowsRealOrdersByStateWithWhatTheyWaitForAndTheirPromiseChanges() throws Exception {
		place("SO-" + run + "-R");
		place("SO-" + run + "-B");
		publish(new StockReserved(UUID.randomUUID(), CorrelationId.random(), reserved, "MAIN",
				List.of(new ReservedLine(1, sku("A"), each(4), ANSWER_VERSION), new ReservedLine(2, sku("B"), each(1), ANSWER_VERSION)),
				Instant.now()));
		publish(new StockBackordered(UUID.randomUUID(), CorrelationId.random(), backordered, "MAIN",
				List.of(new BackorderedLine(1, sku("A"), each(1), each(3), LocalDate.parse("2026-12-10"), ANSWER_VERSION),
						new BackorderedLine(2, sku("B"), each(1), each(0), null, ANSWER_VERSION)),
				Instant.now()));
		awaitState(reserved, "ALLOCATED");
		awaitState(backordered, "NEEDS_ATTENTION", "BACKORDERED");
		String backorderedState = orders.find(backordered).orElseThrow().summary().state();

		mvc.perform(get("/console/orders").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-state=\"ALLOCATED\""), containsString(reserved),
					containsString(backordered), containsString("SO-" + run + "-B"),
					containsString("id=\"promise-changes\""), containsString("2026-12-10"))));
		// The table alone (as htmx asks for it): the promise changes below it list every order.
		mvc.perform(get("/console/orders").param("state", backorderedState).header("HX-Request", "true").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(backordered), not(containsString(reserved)))));
		mvc.perform(get("/console/orders").param("stuck", "true").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(backordered),
					containsString(orders.find(backordered).orElseThrow().summary().waitingFor()))));
		mvc.perform(get("/console/orders/{id}", backordered).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-id\""), containsString(backordered),
					containsString(backorderedState), containsString("A-" + run), containsString("BACKORDERED"),
					containsString("2026-12-10"), containsString("id=\"promise-history\""),
					containsString("/console/erp?key=SO:" + backordered))));
	}

	@Test
	void aShippedOrderShowsShippedAndReachesTheErpLedgerAsShipmentThenInvoice() throws Exception {
		place("SO-" + run + "-R");
		publish(new StockReserved(UUID.randomUUID(), CorrelationId.random(), reserved, "MAIN",
				List.of(new ReservedLine(1, sku("A"), each(4), ANSWER_VERSION), new ReservedLine(2, sku("B"), each(1), ANSWER_VERSION)),
				Instant.now()));
		awaitState(reserved, "ALLOCATED");
		var lines = List.of(new PickedLine(1, sku("A"), each(4)), new PickedLine(2, sku("B"), each(1)));
		publish(new PickConfirmed(UUID.randomUUID(), CorrelationId.random(), "WMS-P-" + run, reserved, "MAIN", lines,
				Instant.now()));
		publish(new ShipmentDispatched(UUID.randomUUID(), CorrelationId.random(), "WMS-D-" + run, reserved,
				"SHP-" + run, "MAIN", lines, "DHL", "TRACK-1", Instant.now()));
		awaitState(reserved, "SHIPPED");

		await().atMost(WAIT).until(() -> postings.byBusinessKey("SO:" + reserved).size() == 2);
		assertThat(postings.byBusinessKey("SO:" + reserved)).extracting(PostingView::type)
			.containsExactly("SHIPMENT", "CUSTOMER_INVOICE");
		var shipment = json.readTree(payload(postings.byBusinessKey("SO:" + reserved).get(0)));
		var invoice = json.readTree(payload(postings.byBusinessKey("SO:" + reserved).get(1)));
		assertThat(shipment.path("orderNumber").asString()).isEqualTo("SO-" + run + "-R");
		assertThat(shipment.path("shipmentId").asString()).isEqualTo("SHP-" + run);
		assertThat(shipment.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("4");
		assertThat(invoice.path("orderNumber").asString()).isEqualTo("SO-" + run + "-R");
		assertThat(invoice.path("customer").asString()).isEqualTo("CUST-" + run);
		assertThat(invoice.path("currency").asString()).isEqualTo("EUR");
		assertThat(invoice.path("lines").get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("12.50");

		mvc.perform(get("/console/orders/{id}", reserved).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SHIPPED"), containsString("4 EA"))));
		mvc.perform(get("/console/erp").param("key", "SO:" + reserved).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SHIPMENT"), containsString("CUSTOMER_INVOICE"))));
	}

	private void place(String externalOrderId) throws Exception {
		String order = """
				{"channel": "web", "externalOrderId": "%s", "customer": "CUST-%s", "warehouse": "MAIN",
				 "invoicing": "PER_ORDER", "lines": [
				  {"lineNumber": 1, "sku": "A-%s", "quantity": 4, "unit": "EA", "unitPrice": 12.50, "currency": "EUR"},
				  {"lineNumber": 2, "sku": "B-%s", "quantity": 1, "unit": "EA", "unitPrice": 3.00, "currency": "EUR"}]}
				""".formatted(externalOrderId, run, run, run);
		mvc.perform(post("/api/v1/orders").with(httpBasic("operator", "operator-secret-for-tests"))
			.contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.orderId").value("web:" + externalOrderId));
	}

	private void awaitState(String orderId, String... states) {
		await().atMost(WAIT).until(() -> orders.find(orderId)
			.map(order -> List.of(states).contains(order.summary().state())).orElse(false));
	}

	private String payload(PostingView posting) {
		return jdbc.sql("SELECT payload FROM erp_posting WHERE id = ?").param(posting.id()).query(String.class).single();
	}

	private Sku sku(String prefix) {
		return new Sku(prefix + "-" + run);
	}

	private static Quantity each(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}
